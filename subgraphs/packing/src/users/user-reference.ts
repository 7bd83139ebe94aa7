/** Auth's `User` entity as packing's field resolvers receive it: its key (docs/decisions/1320). */
export interface UserReference {
  id: string;
}
