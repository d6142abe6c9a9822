// Token limit as HTTP middleware: graphql-armor's version throws from Apollo's parsing hook, which
// Apollo turns into a 500; refusing here gives the client a 400 with a GraphQL error instead.
import type { RequestHandler } from "express";
import { Lexer, Source, TokenKind } from "graphql";

export function countTokens(query: string, stopAfter: number): number {
    const lexer = new Lexer(new Source(query));
    let n = 0;
    try {
        while (lexer.advance().kind !== TokenKind.EOF) {
            n += 1;
            if (n > stopAfter) break;
        }
    } catch {
        // A syntax error is reported by the parser later, with its location.
    }
    return n;
}

export function tokenLimit(max: number): RequestHandler {
    return (req, res, next) => {
        const body = req.body as { query?: unknown } | undefined;
        const query = typeof body?.query === "string" ? body.query : typeof req.query.query === "string" ? req.query.query : undefined;
        if (query !== undefined && countTokens(query, max) > max) {
            res.status(400).json({ errors: [{ message: `Syntax Error: Token limit of ${max} exceeded.`, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] });
            return;
        }
        next();
    };
}
