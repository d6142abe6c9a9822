// Limits checked on the raw document before Apollo parses it, as HTTP middleware so a refusal is a
// 400 with ONE GraphQL error (armor's parser hook surfaces as a 500 in Apollo, and graphql-js's own
// validation reports one error per offending node, so a document repeating an unknown directive a
// thousand times would get a thousand errors back):
//   - at most `maxTokens` lexical tokens;
//   - at most `maxDirectives` directive uses (`@name`), known or not.
import type { RequestHandler } from "express";
import { Lexer, Source, TokenKind } from "graphql";

export interface DocumentCounts {
    tokens: number;
    directives: number;
}

/** Counts tokens and directive uses, stopping once either passes its limit. */
export function countDocument(query: string, maxTokens: number, maxDirectives: number): DocumentCounts {
    const lexer = new Lexer(new Source(query));
    const c: DocumentCounts = { tokens: 0, directives: 0 };
    let prevAt = false;
    try {
        for (let t = lexer.advance(); t.kind !== TokenKind.EOF; t = lexer.advance()) {
            c.tokens += 1;
            // `@` followed by a name is a directive use (definitions `directive @x` are refused elsewhere).
            if (prevAt && t.kind === TokenKind.NAME) c.directives += 1;
            prevAt = t.kind === TokenKind.AT;
            if (c.tokens > maxTokens || c.directives > maxDirectives) break;
        }
    } catch {
        // A syntax error is reported by the parser later, with its location.
    }
    return c;
}

export function documentLimits(maxTokens: number, maxDirectives: number): RequestHandler {
    return (req, res, next) => {
        const body = req.body as { query?: unknown } | undefined;
        const query = typeof body?.query === "string" ? body.query : typeof req.query.query === "string" ? req.query.query : undefined;
        if (query === undefined) return next();
        const c = countDocument(query, maxTokens, maxDirectives);
        const refuse = (message: string) => res.status(400).json({ errors: [{ message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }] });
        if (c.tokens > maxTokens) return void refuse(`Syntax Error: Token limit of ${maxTokens} exceeded.`);
        if (c.directives > maxDirectives) return void refuse(`Directives limit of ${maxDirectives} exceeded: the document uses more directives than any real query needs.`);
        next();
    };
}
