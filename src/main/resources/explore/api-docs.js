// Swagger UI over the server's own OpenAPI file (a script file: the CSP allows no inline script).
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
});
