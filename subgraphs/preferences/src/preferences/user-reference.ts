/** Auth's `User` as preferences knows it: only its key; preferences stores nothing else about a user. */
export interface UserReference {
  id: string;
}
