/**
 * A problem with what the user gave (a file that cannot be read, a line that is not JSON…),
 * as opposed to how the command was written (UsageError). The entry prints it and exits 1.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}
