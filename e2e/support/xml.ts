import sax from 'sax';

/** An element of a parsed XML document, named by namespace URI and local name. */
export interface XmlElement {
  /** Namespace URI ('' for none) and local name: `http://www.w3.org/2005/Atom link`. */
  uri: string;
  local: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (entities decoded), trimmed. */
  text: string;
}

/**
 * Parses XML strictly, namespaces included (sax in strict mode: any well-formedness error,
 * or a prefix without its xmlns declaration, throws with its line and column).
 */
export function parseXml(xml: string, file: string): XmlElement {
  const parser = sax.parser(true, { xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.onerror = (error) => {
    throw new Error(`${file}: not well-formed XML: ${error.message}`);
  };
  parser.onopentag = (tag) => {
    const qualified = tag as sax.QualifiedTag;
    const attributes = Object.fromEntries(
      Object.values(qualified.attributes).map((attribute) => [attribute.name, attribute.value]),
    );
    const element = { uri: qualified.uri, local: qualified.local, attributes, children: [], text: '' };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  };
  parser.ontext = (text) => {
    const current = stack.at(-1);
    if (current !== undefined) current.text += text;
  };
  parser.oncdata = parser.ontext;
  parser.onclosetag = () => {
    const element = stack.pop();
    if (element !== undefined) element.text = element.text.trim();
  };
  parser.write(xml).close();
  if (root === undefined) throw new Error(`${file}: no root element`);
  return root;
}

/** The children of an element with a namespace URI and local name. */
export function childrenNamed(element: XmlElement, uri: string, local: string): XmlElement[] {
  return element.children.filter((child) => child.uri === uri && child.local === local);
}

/** The one child with that name: throws if there is none or more than one. */
export function child(element: XmlElement, uri: string, local: string): XmlElement {
  const found = childrenNamed(element, uri, local);
  if (found.length !== 1)
    throw new Error(`<${element.local}> has ${found.length} <${local}> (${uri || 'no namespace'})`);
  return found[0] as XmlElement;
}
