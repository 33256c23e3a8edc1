/** The subset of `xml-writer` (a dependency of graphology-gexf and graphology-graphml) used here. */
declare module 'xml-writer' {
  export default class XMLWriter {
    constructor(indent?: boolean | string);
    startDocument(version?: string, encoding?: string, standalone?: boolean): this;
    endDocument(): this;
    startElement(name: string): this;
    endElement(): this;
    writeAttribute(name: string, value: string): this;
    writeElement(name: string, content: string): this;
    text(content: string): this;
    toString(): string;
  }
}
