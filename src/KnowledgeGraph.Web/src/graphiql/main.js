// GraphiQL, bundled from the npm registry: Monaco's workers are bundled too (setup-workers/vite),
// so the IDE runs with no network access beyond this server.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

const defaultQuery = `# Who met whom about what: Lavrov's meetings, with topics and evidence.
query WhoMetLavrov {
  person(name: "Lavrov") {
    name
    title
    metWith(first: 10) { person { name } meetingCount firstMet lastMet }
    meetings(first: 5) {
      edges { node { date status topics { name } evidence { paragraph text } cable { id subject } } }
    }
  }
}
`;

createRoot(document.getElementById('graphiql')).render(
  createElement(StrictMode, null, createElement(GraphiQL, { fetcher, defaultQuery })),
);
