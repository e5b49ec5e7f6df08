// cytoscape-svg ships no type declarations: it is a Cytoscape.js extension that adds cy.svg().
declare module 'cytoscape-svg' {
  import type cytoscape from 'cytoscape';

  const extension: cytoscape.Ext;
  export default extension;
}
