// GeoKG's GraphiQL page: the GraphiQL build that SmallRye GraphQL ships (loaded by index.html
// from the same folder), rendered with one tab per saved example. The examples come from the
// page itself (#geokg-examples, written by com.geokg.explore.GraphiqlLanding from
// graphiql/examples/*.graphql), so the tabs and the test that runs them read the same files.
// GraphiQL uses `defaultTabs` only when the browser has no saved tabs of its own; after that
// the analyst's own tabs win, as in any GraphiQL.
(function () {
  'use strict';
  const api = '/graphql';
  const examples = JSON.parse(document.getElementById('geokg-examples').textContent);
  const params = new URLSearchParams(window.location.search);
  const shared = params.get('query');

  const tabs = examples.map(e => ({ query: e.query, variables: e.variables || null }));
  if (shared) {
    // A link with ?query=... (as this page's redirect used to give) opens on that query first.
    tabs.unshift({ query: shared, variables: params.get('variables') });
  }

  const fetcher = GraphiQL.createFetcher({
    url: window.location.protocol + '//' + window.location.host + api,
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
  });

  const props = {
    fetcher: fetcher,
    defaultTabs: tabs,
    defaultEditorToolsVisibility: true,
    headerEditorEnabled: true,
    shouldPersistHeaders: false,
  };
  if (shared) {
    props.query = shared;
    props.variables = params.get('variables') || undefined;
    props.operationName = params.get('operationName') || undefined;
  }
  ReactDOM.render(React.createElement(GraphiQL, props), document.getElementById('graphiql'));
})();
