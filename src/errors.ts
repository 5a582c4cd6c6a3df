// Named errors. A CaseGraphError is a problem a user can act on: the CLI prints its message
// on one line, without a stack trace, and exits with its exit code.

export class CaseGraphError extends Error {
  readonly exitCode: number = 1;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The user's input (a path, a file, an argument) is unusable. */
export class InputError extends CaseGraphError {
  override readonly exitCode: number = 2;
}

/** A graph file does not follow the contract in ONTOLOGY.md. */
export class GraphFormatError extends CaseGraphError {
  override readonly exitCode: number = 2;
}

/** A query pattern or a name given to a query cannot be understood. */
export class QueryError extends CaseGraphError {
  override readonly exitCode: number = 2;
}
