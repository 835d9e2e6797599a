// `npm start`: serves the project at http://localhost:8000 (PORT=… for another port); / opens the demo, which loads
// the built cdn/ files exactly as a partner's page would.
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  middleware: [
    (context, next) => {
      if (context.path === '/') {
        context.redirect('/demo/');
        return undefined;
      }
      return next();
    },
  ],
};
