// Swagger UI over the server's own OpenAPI file (a script file: the CSP allows no inline script). No validator:
// Swagger UI's default sends the spec's URL to validator.swagger.io, and nothing here may reach outside.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true, validatorUrl: null });
});
