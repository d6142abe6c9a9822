// The `Date` scalar of the questions: a calendar day, `YYYY-MM-DD`, strictly. @neo4j/graphql's own
// Date goes through JavaScript's Date parser, which turns 2023-02-30 into 2023-03-02 and accepts
// "2023-06" or a time; a question asked as of a day that does not exist must be refused, not moved.
// The schema uses Date nowhere else, so this implementation replaces the library's (src/resolvers.ts maps it).
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { isDay } from "./kernel/time.js";

function parse(value: unknown): string {
    if (typeof value !== "string" || !isDay(value)) {
        throw new GraphQLError(`a date must be a real calendar day written YYYY-MM-DD, e.g. 2023-06-07 (got ${JSON.stringify(value)})`, { extensions: { code: "BAD_USER_INPUT" } });
    }
    return value;
}

export const DayScalar = new GraphQLScalarType({
    name: "Date",
    description: "A calendar day, `YYYY-MM-DD` (e.g. `2023-06-07`); a day that does not exist is refused.",
    serialize: (v) => (typeof v === "string" ? v : String(v)),
    parseValue: parse,
    parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
