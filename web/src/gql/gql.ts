/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Gear {\n    me {\n      id\n      items(first: 50) {\n        nodes {\n          id\n          name\n          weightMg\n        }\n      }\n      preferences {\n        weightUnit\n      }\n    }\n  }\n": typeof types.GearDocument,
    "\n  mutation CreateItem($input: CreateItemInput!) {\n    createItem(input: $input) {\n      id\n      name\n      weightMg\n    }\n  }\n": typeof types.CreateItemDocument,
    "\n  query Viewer {\n    me {\n      id\n      email\n      preferences {\n        theme\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query Preferences {\n    me {\n      id\n      preferences {\n        weightUnit\n        theme\n      }\n    }\n  }\n": typeof types.PreferencesDocument,
    "\n  mutation UpdatePreferences($input: UpdatePreferencesInput!) {\n    updatePreferences(input: $input) {\n      weightUnit\n      theme\n    }\n  }\n": typeof types.UpdatePreferencesDocument,
    "\n  fragment TripChecklistState on Trip {\n    id\n    checklist {\n      quantity\n      checked\n      checkedAt\n      item {\n        id\n        weightMg\n      }\n    }\n    progress {\n      checkedItems\n      totalItems\n      checkedMg\n      totalMg\n    }\n  }\n": typeof types.TripChecklistStateFragmentDoc,
    "\n  mutation SessionSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        email\n        isGuest\n      }\n    }\n  }\n": typeof types.SessionSignUpDocument,
    "\n  mutation SessionSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        email\n        isGuest\n      }\n    }\n  }\n": typeof types.SessionSignInDocument,
    "\n  mutation SessionGuest {\n    startGuestSession {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        email\n        isGuest\n      }\n    }\n  }\n": typeof types.SessionGuestDocument,
    "\n  mutation SessionRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        email\n        isGuest\n      }\n    }\n  }\n": typeof types.SessionRefreshDocument,
    "\n  mutation SessionSignOut {\n    signOut\n  }\n": typeof types.SessionSignOutDocument,
};
const documents: Documents = {
    "\n  query Gear {\n    me {\n      id\n      items(first: 50) {\n        nodes {\n          id\n          name\n          weightMg\n        }\n      }\n      preferences {\n        weightUnit\n      }\n    }\n  }\n": types.GearDocument,
    "\n  mutation CreateItem($input: CreateItemInput!) {\n    createItem(input: $input) {\n      id\n      name\n      weightMg\n    }\n  }\n": types.CreateItemDocument,
    "\n  query Viewer {\n    me {\n      id\n      email\n      preferences {\n        theme\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query Preferences {\n    me {\n      id\n      preferences {\n        weightUnit\n        theme\n      }\n    }\n  }\n": types.PreferencesDocument,
    "\n  mutation UpdatePreferences($input: UpdatePreferencesInput!) {\n    updatePreferences(input: $input) {\n      weightUnit\n      theme\n    }\n  }\n": types.UpdatePreferencesDocument,
    "\n  fragment TripChecklistState on Trip {\n    id\n    checklist {\n      quantity\n      checked\n      checkedAt\n      item {\n        id\n        weightMg\n      }\n    }\n    progress {\n      checkedItems\n      totalItems\n      checkedMg\n      totalMg\n    }\n  }\n": types.TripChecklistStateFragmentDoc,
    "\n  mutation SessionSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        email\n        isGuest\n      }\n    }\n  }\n": types.SessionSignUpDocument,
    "\n  mutation SessionSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        email\n        isGuest\n      }\n    }\n  }\n": types.SessionSignInDocument,
    "\n  mutation SessionGuest {\n    startGuestSession {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        email\n        isGuest\n      }\n    }\n  }\n": types.SessionGuestDocument,
    "\n  mutation SessionRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        email\n        isGuest\n      }\n    }\n  }\n": types.SessionRefreshDocument,
    "\n  mutation SessionSignOut {\n    signOut\n  }\n": types.SessionSignOutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Gear {\n    me {\n      id\n      items(first: 50) {\n        nodes {\n          id\n          name\n          weightMg\n        }\n      }\n      preferences {\n        weightUnit\n      }\n    }\n  }\n"): (typeof documents)["\n  query Gear {\n    me {\n      id\n      items(first: 50) {\n        nodes {\n          id\n          name\n          weightMg\n        }\n      }\n      preferences {\n        weightUnit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateItem($input: CreateItemInput!) {\n    createItem(input: $input) {\n      id\n      name\n      weightMg\n    }\n  }\n"): (typeof documents)["\n  mutation CreateItem($input: CreateItemInput!) {\n    createItem(input: $input) {\n      id\n      name\n      weightMg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      email\n      preferences {\n        theme\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      email\n      preferences {\n        theme\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Preferences {\n    me {\n      id\n      preferences {\n        weightUnit\n        theme\n      }\n    }\n  }\n"): (typeof documents)["\n  query Preferences {\n    me {\n      id\n      preferences {\n        weightUnit\n        theme\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePreferences($input: UpdatePreferencesInput!) {\n    updatePreferences(input: $input) {\n      weightUnit\n      theme\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePreferences($input: UpdatePreferencesInput!) {\n    updatePreferences(input: $input) {\n      weightUnit\n      theme\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TripChecklistState on Trip {\n    id\n    checklist {\n      quantity\n      checked\n      checkedAt\n      item {\n        id\n        weightMg\n      }\n    }\n    progress {\n      checkedItems\n      totalItems\n      checkedMg\n      totalMg\n    }\n  }\n"): (typeof documents)["\n  fragment TripChecklistState on Trip {\n    id\n    checklist {\n      quantity\n      checked\n      checkedAt\n      item {\n        id\n        weightMg\n      }\n    }\n    progress {\n      checkedItems\n      totalItems\n      checkedMg\n      totalMg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        email\n        isGuest\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        email\n        isGuest\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        email\n        isGuest\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        email\n        isGuest\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionGuest {\n    startGuestSession {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        email\n        isGuest\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionGuest {\n    startGuestSession {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        email\n        isGuest\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        email\n        isGuest\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SessionRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      expiresAt\n      refreshToken\n      refreshTokenExpiresAt\n      user {\n        id\n        email\n        isGuest\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionSignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SessionSignOut {\n    signOut\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;