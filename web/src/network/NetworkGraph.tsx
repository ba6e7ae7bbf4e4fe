// The interactive graph, drawn by cytoscape on a canvas. It is loaded on demand (React.lazy in
// NetworkPage) so no other page downloads cytoscape. A canvas says nothing to a screen reader:
// the page wraps it in role="img" with a summary, and the tables below hold everything drawn.
import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { GraphElement } from './graphElements';

// Cytoscape adds a <style> element unless one with this id exists; the server's CSP refuses
// inline styles, so a placeholder stands in and styles.css gives the container its position.
function preventInlineStylesheet() {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = id;
  document.head.appendChild(placeholder);
}

const style: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      shape: 'data(shape)' as never,
      width: 'data(size)',
      height: 'data(size)',
      'border-width': 1.5,
      'border-color': '#1b1f24',
      label: 'data(label)',
      'font-size': 10,
      color: '#1b1f24',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-outline-color': '#ffffff',
      'text-outline-width': 2,
      'min-zoomed-font-size': 7,
    },
  },
  // A name not drawn shows while the pointer is on its node.
  { selector: 'node.hovered', style: { label: 'data(name)', 'z-index': 10 } },
  { selector: 'edge', style: { width: 'data(width)', 'line-color': '#555b63', 'curve-style': 'haystack', opacity: 0.8 } },
  { selector: 'edge.co-participation', style: { 'line-style': 'dashed', 'line-color': '#8a9099', 'curve-style': 'straight' } },
];

export default function NetworkGraph({ elements, onOpen }: { elements: GraphElement[]; onOpen: (path: string) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const open = useRef(onOpen);
  open.current = onOpen;

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    preventInlineStylesheet();
    const cy = cytoscape({
      container: el,
      elements: elements as cytoscape.ElementDefinition[],
      style,
      layout: { name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: false, padding: 20 },
      // Wheel zooming would trap the page's scrolling; dragging pans, pinching zooms.
      wheelSensitivity: 0.2,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    cy.on('tap', 'node', (e) => open.current(String(e.target.data('path'))));
    cy.on('mouseover', 'node', (e) => {
      el.style.cursor = 'pointer';
      e.target.addClass('hovered');
    });
    cy.on('mouseout', 'node', (e) => {
      el.style.cursor = '';
      e.target.removeClass('hovered');
    });
    // For the end-to-end tests and anyone inspecting the page: how many nodes are drawn.
    el.dataset.renderedNodes = String(cy.nodes().length);
    el.dataset.renderedEdges = String(cy.edges().length);
    return () => cy.destroy();
  }, [elements]);

  return <div ref={container} className="network-canvas" data-testid="network-canvas" />;
}
