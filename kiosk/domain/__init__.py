"""Pure rules of the kindergarten queue: no Qt, no SQL, no I/O."""
