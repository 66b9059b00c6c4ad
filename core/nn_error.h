/* nn_error.h — status codes and the last error message.
 *
 * Every call that can fail returns NN_OK (0) or NN_ERR (-1); constructors return
 * NULL instead. After a failure nn_last_error() says what was wrong in words a
 * user can act on ("learning rate must be a finite number > 0, got -1").
 * The message lives in a static buffer owned by the library; it is overwritten by
 * the next failure. Not thread-safe (the playground runs one core per worker).
 */
#ifndef NN_ERROR_H
#define NN_ERROR_H

#define NN_OK 0
#define NN_ERR (-1)

/* The reason for the most recent failure, or "" if nothing has failed yet. */
const char *nn_last_error(void);

/* Forget the last error (tests use this to check a call sets one). */
void nn_clear_error(void);

#endif
