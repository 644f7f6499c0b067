/**
 * JSON bodies, with Fastify's safe parser (prototype-poisoning protection) but an empty body
 * read as "no body", so POSTs without input (sign-out, invite) work whatever the client sends.
 */
import type { FastifyInstance } from "fastify";

export function registerJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    const text = typeof body === "string" ? body : body.toString("utf8");
    if (text.trim() === "") {
      done(null, undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
