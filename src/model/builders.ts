/**
 * Placeholder: this module is being written.
 *
 * @since 0.1.0
 */
export {}
