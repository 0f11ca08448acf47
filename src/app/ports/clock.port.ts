/** Time comes from here; tests pass a fixed or advancing clock. */
export interface Clock {
  now(): Date;
}
