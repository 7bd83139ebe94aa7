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
    "\n  query Account {\n    me {\n      id\n      email\n      isGuest\n      sessions {\n        id\n        device\n        ipAddress\n        lastUsedAt\n        current\n      }\n      personalAccessTokens {\n        id\n        name\n        scopes\n        createdAt\n        expiresAt\n        revokedAt\n      }\n      securityEvents(first: 20) {\n        nodes {\n          id\n          type\n          ipAddress\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AccountDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {\n    createPersonalAccessToken(input: $input) {\n      token\n      personalAccessToken {\n        id\n        name\n        scopes\n        createdAt\n        expiresAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.CreatePersonalAccessTokenDocument,
    "\n  mutation RevokePersonalAccessToken($id: ID!) {\n    revokePersonalAccessToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokePersonalAccessTokenDocument,
    "\n  mutation UpgradeGuest($input: UpgradeGuestInput!) {\n    upgradeGuest(input: $input) {\n      id\n      email\n      isGuest\n    }\n  }\n": typeof types.UpgradeGuestDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": typeof types.DeleteAccountDocument,
    "\n  query DataExport {\n    me {\n      id\n      dataExport {\n        userId\n        account\n        packing\n        preferences\n      }\n    }\n  }\n": typeof types.DataExportDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      signedOutSessions\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment CategoryGroupItem on Item {\n    id\n    name\n    weightMg\n    price {\n      amountMinor\n      currency\n    }\n  }\n": typeof types.CategoryGroupItemFragmentDoc,
    "\n  fragment CategoryGroupSubtotal on GroupSubtotal {\n    totalMg\n    itemCount\n    shareBasisPoints\n    priceTotals {\n      amountMinor\n      currency\n    }\n  }\n": typeof types.CategoryGroupSubtotalFragmentDoc,
    "\n  fragment NextPage on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": typeof types.NextPageFragmentDoc,
    "\n  fragment CategoryManagerCategory on Category {\n    id\n    name\n    colorIndex\n    version\n  }\n": typeof types.CategoryManagerCategoryFragmentDoc,
    "\n  fragment GearTableItem on Item {\n    id\n    name\n    weightMg\n    archived\n    version\n    category {\n      ...CategoryChip\n    }\n  }\n": typeof types.GearTableItemFragmentDoc,
    "\n  query Gear($sort: ItemSort, $filter: ItemFilter, $after: String) {\n    me {\n      id\n      items(first: 100, after: $after, sort: $sort, filter: $filter) {\n        pageInfo {\n          ...NextPage\n        }\n        totalCount\n        nodes {\n          ...GearTableItem\n        }\n      }\n      categories {\n        ...CategoryManagerCategory\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n": typeof types.GearDocument,
    "\n  mutation CreateItem($input: CreateItemInput!) {\n    createItem(input: $input) {\n      ...GearTableItem\n    }\n  }\n": typeof types.CreateItemDocument,
    "\n  mutation UpdateItem($id: ID!, $input: UpdateItemInput!) {\n    updateItem(id: $id, input: $input) {\n      ...GearTableItem\n    }\n  }\n": typeof types.UpdateItemDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      ...CategoryManagerCategory\n    }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      ...CategoryManagerCategory\n    }\n  }\n": typeof types.UpdateCategoryDocument,
    "\n  mutation AddSampleGear {\n    addSampleGear {\n      itemsAdded\n      pack {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AddSampleGearDocument,
    "\n  query SampleGearReady {\n    me {\n      id\n      items(first: 1) {\n        totalCount\n      }\n    }\n  }\n": typeof types.SampleGearReadyDocument,
    "\n  query LighterPackCsv($listId: ID, $packId: ID) {\n    me {\n      id\n      lighterPackCsv(listId: $listId, packId: $packId)\n    }\n  }\n": typeof types.LighterPackCsvDocument,
    "\n  query PreviewLighterPackImport($csv: String!) {\n    me {\n      id\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n    previewLighterPackImport(csv: $csv) {\n      readable\n      rowCount\n      goodRowCount\n      reusedRowCount\n      summary {\n        totalMg\n        baseMg\n        wornMg\n        consumableMg\n        itemCount\n      }\n      categories {\n        name\n        totalMg\n        baseMg\n        wornMg\n        consumableMg\n        itemCount\n        rows {\n          row\n          line\n          name\n          quantity\n          weightMg\n          weightUnit\n          worn\n          consumable\n          reusedItem {\n            id\n          }\n          sameItemAsRow\n        }\n      }\n      problems {\n        ...ImportProblem\n      }\n    }\n  }\n": typeof types.PreviewLighterPackImportDocument,
    "\n  mutation StartLighterPackImport($csv: String!, $listName: String!) {\n    startLighterPackImport(csv: $csv, listName: $listName, skipRowsWithProblems: true) {\n      id\n      ...ImportProgress\n    }\n  }\n": typeof types.StartLighterPackImportDocument,
    "\n  query LighterPackImport($id: ID!) {\n    lighterPackImport(id: $id) {\n      ...ImportProgress\n    }\n  }\n": typeof types.LighterPackImportDocument,
    "\n  fragment ImportProblem on ImportError {\n    row\n    line\n    column\n    message\n  }\n": typeof types.ImportProblemFragmentDoc,
    "\n  fragment ImportProgress on LighterPackImport {\n    id\n    status\n    processedRows\n    totalRows\n    errors {\n      ...ImportProblem\n    }\n    list {\n      id\n      name\n    }\n  }\n": typeof types.ImportProgressFragmentDoc,
    "\n  query Viewer {\n    me {\n      id\n      email\n      preferences {\n        theme\n        palette {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment EntryTableRow on ListEntry {\n    id\n    quantity\n    wornQuantity\n    consumable\n    item {\n      id\n      name\n      weightMg\n      category {\n        ...CategoryChip\n      }\n    }\n  }\n": typeof types.EntryTableRowFragmentDoc,
    "\n  query Lists($after: String) {\n    me {\n      id\n      lists(first: 30, after: $after) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n          colorIndex\n          summary {\n            ...WeightCardSummary\n          }\n        }\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n": typeof types.ListsDocument,
    "\n  mutation CreateList($input: CreateListInput!) {\n    createList(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateListDocument,
    "\n  fragment ListEditorState on List {\n    id\n    name\n    version\n    entries {\n      ...EntryTableRow\n    }\n    summary {\n      ...WeightSummaryTotals\n    }\n    priceTotals {\n      amountMinor\n      currency\n    }\n    categoryGroups {\n      category {\n        ...CategoryChip\n      }\n      entries {\n        id\n        quantity\n        wornQuantity\n        consumable\n        item {\n          ...CategoryGroupItem\n        }\n      }\n      subtotal {\n        ...CategoryGroupSubtotal\n      }\n    }\n    shareLinks {\n      id\n      token\n    }\n  }\n": typeof types.ListEditorStateFragmentDoc,
    "\n  query ListEditor($id: ID!) {\n    list(id: $id) {\n      ...ListEditorState\n    }\n    me {\n      id\n      items(first: 100) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n          weightMg\n        }\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n": typeof types.ListEditorDocument,
    "\n  mutation AddListEntry($listId: ID!, $input: EntryInput!) {\n    addListEntry(listId: $listId, input: $input) {\n      ...ListEditorState\n    }\n  }\n": typeof types.AddListEntryDocument,
    "\n  mutation UpdateListEntry($entryId: ID!, $input: EntryChangeInput!) {\n    updateListEntry(entryId: $entryId, input: $input) {\n      ...ListEditorState\n    }\n  }\n": typeof types.UpdateListEntryDocument,
    "\n  mutation RemoveListEntry($entryId: ID!) {\n    removeListEntry(entryId: $entryId) {\n      ...ListEditorState\n    }\n  }\n": typeof types.RemoveListEntryDocument,
    "\n  mutation ReorderListEntries($listId: ID!, $entryIds: [ID!]!) {\n    reorderListEntries(listId: $listId, entryIds: $entryIds) {\n      ...ListEditorState\n    }\n  }\n": typeof types.ReorderListEntriesDocument,
    "\n  mutation SetListCategoryOrder($listId: ID!, $categoryIds: [ID!]!, $expectedVersion: Int) {\n    setListCategoryOrder(listId: $listId, categoryIds: $categoryIds, expectedVersion: $expectedVersion) {\n      ...ListEditorState\n    }\n  }\n": typeof types.SetListCategoryOrderDocument,
    "\n  query Packs($after: String) {\n    me {\n      id\n      packs(first: 30, after: $after) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n          summary {\n            ...WeightCardSummary\n          }\n        }\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n": typeof types.PacksDocument,
    "\n  mutation CreatePack($input: CreatePackInput!) {\n    createPack(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreatePackDocument,
    "\n  fragment PackBuilderState on Pack {\n    id\n    name\n    version\n    lists {\n      id\n      name\n    }\n    summary {\n      ...WeightSummaryTotals\n    }\n    priceTotals {\n      amountMinor\n      currency\n    }\n    groupedContents(by: CATEGORY) {\n      category {\n        ...CategoryChip\n      }\n      lines {\n        quantity\n        wornQuantity\n        consumable\n        totalMg\n        item {\n          ...CategoryGroupItem\n        }\n      }\n      subtotal {\n        ...CategoryGroupSubtotal\n      }\n    }\n    shareLinks {\n      id\n      token\n    }\n  }\n": typeof types.PackBuilderStateFragmentDoc,
    "\n  query PackBuilder($id: ID!) {\n    pack(id: $id) {\n      ...PackBuilderState\n    }\n    me {\n      id\n      lists(first: 100) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n        }\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n": typeof types.PackBuilderDocument,
    "\n  mutation SetPackLists($packId: ID!, $listIds: [ID!]!) {\n    setPackLists(packId: $packId, listIds: $listIds) {\n      ...PackBuilderState\n    }\n  }\n": typeof types.SetPackListsDocument,
    "\n  mutation SetPackCategoryOrder($packId: ID!, $categoryIds: [ID!]!, $expectedVersion: Int) {\n    setPackCategoryOrder(packId: $packId, categoryIds: $categoryIds, expectedVersion: $expectedVersion) {\n      ...PackBuilderState\n    }\n  }\n": typeof types.SetPackCategoryOrderDocument,
    "\n  fragment CategoryChip on Category {\n    id\n    name\n    colorIndex\n  }\n": typeof types.CategoryChipFragmentDoc,
    "\n  fragment PreferencesFields on Preferences {\n    theme\n    weightUnit\n    showPoundsAndOunces\n    locale\n    currency\n    checklist {\n      hidePacked\n      sortOrder\n    }\n    palette {\n      name\n      categoryColorOrder\n    }\n    onboarding {\n      completedSteps\n    }\n  }\n": typeof types.PreferencesFieldsFragmentDoc,
    "\n  query Preferences {\n    me {\n      id\n      preferences {\n        ...PreferencesFields\n      }\n    }\n  }\n": typeof types.PreferencesDocument,
    "\n  mutation UpdatePreferences($input: UpdatePreferencesInput!) {\n    updatePreferences(input: $input) {\n      ...PreferencesFields\n    }\n  }\n": typeof types.UpdatePreferencesDocument,
    "\n  fragment SharedViewGroup on SharedCategoryGroup {\n    category {\n      name\n      colorIndex\n    }\n    entries {\n      name\n      weightMg\n      quantity\n      wornQuantity\n      consumable\n    }\n    subtotal {\n      totalMg\n      itemCount\n      shareBasisPoints\n    }\n  }\n": typeof types.SharedViewGroupFragmentDoc,
    "\n  fragment SharedViewTotals on SharedWeightSummary {\n    totalMg\n    baseMg\n    wornMg\n    consumableMg\n    itemCount\n  }\n": typeof types.SharedViewTotalsFragmentDoc,
    "\n  mutation ShareList($listId: ID!) {\n    shareList(listId: $listId) {\n      id\n      token\n    }\n  }\n": typeof types.ShareListDocument,
    "\n  mutation SharePack($packId: ID!) {\n    sharePack(packId: $packId) {\n      id\n      token\n    }\n  }\n": typeof types.SharePackDocument,
    "\n  query SharedList($token: String!) {\n    sharedList(token: $token) {\n      name\n      description\n      categoryGroups {\n        ...SharedViewGroup\n      }\n      summary {\n        ...SharedViewTotals\n      }\n    }\n  }\n": typeof types.SharedListDocument,
    "\n  query SharedPack($token: String!) {\n    sharedPack(token: $token) {\n      name\n      description\n      categoryGroups {\n        ...SharedViewGroup\n      }\n      summary {\n        ...SharedViewTotals\n      }\n    }\n  }\n": typeof types.SharedPackDocument,
    "\n  fragment TripChecklistState on Trip {\n    id\n    checklist {\n      quantity\n      checked\n      checkedAt\n      item {\n        id\n        weightMg\n      }\n    }\n    progress {\n      checkedItems\n      totalItems\n      checkedMg\n      totalMg\n    }\n  }\n": typeof types.TripChecklistStateFragmentDoc,
    "\n  fragment ChecklistViewLine on ChecklistLine {\n    quantity\n    checked\n    item {\n      id\n      name\n      weightMg\n      category {\n        ...CategoryChip\n      }\n    }\n  }\n": typeof types.ChecklistViewLineFragmentDoc,
    "\n  query Trips($after: String) {\n    me {\n      id\n      trips(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n          startDate\n          status\n          pack {\n            id\n            name\n          }\n          progress {\n            checkedItems\n            totalItems\n          }\n        }\n      }\n      packs(first: 50) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.TripsDocument,
    "\n  mutation CreateTrip($input: CreateTripInput!) {\n    createTrip(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateTripDocument,
    "\n  query TripChecklist($id: ID!) {\n    trip(id: $id) {\n      id\n      name\n      pack {\n        id\n        name\n        # The grouped view's order and subtotals, so the checklist groups as the pack page does.\n        groupedContents(by: CATEGORY) {\n          category {\n            ...CategoryChip\n          }\n          subtotal {\n            totalMg\n            itemCount\n          }\n          lines {\n            item {\n              id\n            }\n          }\n        }\n      }\n      checklist {\n        ...ChecklistViewLine\n        checkedAt\n      }\n      progress {\n        checkedItems\n        totalItems\n        checkedMg\n        totalMg\n      }\n    }\n    me {\n      id\n      preferences {\n        ...WeightDisplayPreferences\n        checklist {\n          hidePacked\n          sortOrder\n        }\n      }\n    }\n  }\n": typeof types.TripChecklistDocument,
    "\n  mutation CheckTripItem($tripId: ID!, $itemId: ID!) {\n    checkTripItem(tripId: $tripId, itemId: $itemId) {\n      ...TripChecklistState\n    }\n  }\n": typeof types.CheckTripItemDocument,
    "\n  mutation UncheckTripItem($tripId: ID!, $itemId: ID!) {\n    uncheckTripItem(tripId: $tripId, itemId: $itemId) {\n      ...TripChecklistState\n    }\n  }\n": typeof types.UncheckTripItemDocument,
    "\n  mutation CheckAllTripItems($tripId: ID!) {\n    checkAllTripItems(tripId: $tripId) {\n      ...TripChecklistState\n    }\n  }\n": typeof types.CheckAllTripItemsDocument,
    "\n  mutation ResetTripChecklist($tripId: ID!) {\n    resetTripChecklist(tripId: $tripId) {\n      ...TripChecklistState\n    }\n  }\n": typeof types.ResetTripChecklistDocument,
    "\n  fragment WeightCardSummary on WeightSummary {\n    totalMg\n    itemCount\n  }\n": typeof types.WeightCardSummaryFragmentDoc,
    "\n  fragment WeightSummaryTotals on WeightSummary {\n    totalMg\n    baseMg\n    wornMg\n    consumableMg\n    itemCount\n  }\n": typeof types.WeightSummaryTotalsFragmentDoc,
    "\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    expiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      isGuest\n    }\n  }\n": typeof types.SessionPayloadFragmentDoc,
    "\n  mutation SessionSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionPayload\n    }\n  }\n": typeof types.SessionSignUpDocument,
    "\n  mutation SessionSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionPayload\n    }\n  }\n": typeof types.SessionSignInDocument,
    "\n  mutation SessionGuest {\n    startGuestSession {\n      ...SessionPayload\n    }\n  }\n": typeof types.SessionGuestDocument,
    "\n  mutation SessionRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionPayload\n    }\n  }\n": typeof types.SessionRefreshDocument,
    "\n  mutation SessionSignOut {\n    signOut\n  }\n": typeof types.SessionSignOutDocument,
    "\n  fragment WeightDisplayPreferences on Preferences {\n    weightUnit\n    showPoundsAndOunces\n    locale\n  }\n": typeof types.WeightDisplayPreferencesFragmentDoc,
};
const documents: Documents = {
    "\n  query Account {\n    me {\n      id\n      email\n      isGuest\n      sessions {\n        id\n        device\n        ipAddress\n        lastUsedAt\n        current\n      }\n      personalAccessTokens {\n        id\n        name\n        scopes\n        createdAt\n        expiresAt\n        revokedAt\n      }\n      securityEvents(first: 20) {\n        nodes {\n          id\n          type\n          ipAddress\n          createdAt\n        }\n      }\n    }\n  }\n": types.AccountDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id) {\n      id\n    }\n  }\n": types.RevokeSessionDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {\n    createPersonalAccessToken(input: $input) {\n      token\n      personalAccessToken {\n        id\n        name\n        scopes\n        createdAt\n        expiresAt\n        revokedAt\n      }\n    }\n  }\n": types.CreatePersonalAccessTokenDocument,
    "\n  mutation RevokePersonalAccessToken($id: ID!) {\n    revokePersonalAccessToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokePersonalAccessTokenDocument,
    "\n  mutation UpgradeGuest($input: UpgradeGuestInput!) {\n    upgradeGuest(input: $input) {\n      id\n      email\n      isGuest\n    }\n  }\n": types.UpgradeGuestDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": types.DeleteAccountDocument,
    "\n  query DataExport {\n    me {\n      id\n      dataExport {\n        userId\n        account\n        packing\n        preferences\n      }\n    }\n  }\n": types.DataExportDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      signedOutSessions\n      user {\n        id\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  fragment CategoryGroupItem on Item {\n    id\n    name\n    weightMg\n    price {\n      amountMinor\n      currency\n    }\n  }\n": types.CategoryGroupItemFragmentDoc,
    "\n  fragment CategoryGroupSubtotal on GroupSubtotal {\n    totalMg\n    itemCount\n    shareBasisPoints\n    priceTotals {\n      amountMinor\n      currency\n    }\n  }\n": types.CategoryGroupSubtotalFragmentDoc,
    "\n  fragment NextPage on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": types.NextPageFragmentDoc,
    "\n  fragment CategoryManagerCategory on Category {\n    id\n    name\n    colorIndex\n    version\n  }\n": types.CategoryManagerCategoryFragmentDoc,
    "\n  fragment GearTableItem on Item {\n    id\n    name\n    weightMg\n    archived\n    version\n    category {\n      ...CategoryChip\n    }\n  }\n": types.GearTableItemFragmentDoc,
    "\n  query Gear($sort: ItemSort, $filter: ItemFilter, $after: String) {\n    me {\n      id\n      items(first: 100, after: $after, sort: $sort, filter: $filter) {\n        pageInfo {\n          ...NextPage\n        }\n        totalCount\n        nodes {\n          ...GearTableItem\n        }\n      }\n      categories {\n        ...CategoryManagerCategory\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n": types.GearDocument,
    "\n  mutation CreateItem($input: CreateItemInput!) {\n    createItem(input: $input) {\n      ...GearTableItem\n    }\n  }\n": types.CreateItemDocument,
    "\n  mutation UpdateItem($id: ID!, $input: UpdateItemInput!) {\n    updateItem(id: $id, input: $input) {\n      ...GearTableItem\n    }\n  }\n": types.UpdateItemDocument,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      ...CategoryManagerCategory\n    }\n  }\n": types.CreateCategoryDocument,
    "\n  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      ...CategoryManagerCategory\n    }\n  }\n": types.UpdateCategoryDocument,
    "\n  mutation AddSampleGear {\n    addSampleGear {\n      itemsAdded\n      pack {\n        id\n        name\n      }\n    }\n  }\n": types.AddSampleGearDocument,
    "\n  query SampleGearReady {\n    me {\n      id\n      items(first: 1) {\n        totalCount\n      }\n    }\n  }\n": types.SampleGearReadyDocument,
    "\n  query LighterPackCsv($listId: ID, $packId: ID) {\n    me {\n      id\n      lighterPackCsv(listId: $listId, packId: $packId)\n    }\n  }\n": types.LighterPackCsvDocument,
    "\n  query PreviewLighterPackImport($csv: String!) {\n    me {\n      id\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n    previewLighterPackImport(csv: $csv) {\n      readable\n      rowCount\n      goodRowCount\n      reusedRowCount\n      summary {\n        totalMg\n        baseMg\n        wornMg\n        consumableMg\n        itemCount\n      }\n      categories {\n        name\n        totalMg\n        baseMg\n        wornMg\n        consumableMg\n        itemCount\n        rows {\n          row\n          line\n          name\n          quantity\n          weightMg\n          weightUnit\n          worn\n          consumable\n          reusedItem {\n            id\n          }\n          sameItemAsRow\n        }\n      }\n      problems {\n        ...ImportProblem\n      }\n    }\n  }\n": types.PreviewLighterPackImportDocument,
    "\n  mutation StartLighterPackImport($csv: String!, $listName: String!) {\n    startLighterPackImport(csv: $csv, listName: $listName, skipRowsWithProblems: true) {\n      id\n      ...ImportProgress\n    }\n  }\n": types.StartLighterPackImportDocument,
    "\n  query LighterPackImport($id: ID!) {\n    lighterPackImport(id: $id) {\n      ...ImportProgress\n    }\n  }\n": types.LighterPackImportDocument,
    "\n  fragment ImportProblem on ImportError {\n    row\n    line\n    column\n    message\n  }\n": types.ImportProblemFragmentDoc,
    "\n  fragment ImportProgress on LighterPackImport {\n    id\n    status\n    processedRows\n    totalRows\n    errors {\n      ...ImportProblem\n    }\n    list {\n      id\n      name\n    }\n  }\n": types.ImportProgressFragmentDoc,
    "\n  query Viewer {\n    me {\n      id\n      email\n      preferences {\n        theme\n        palette {\n          name\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment EntryTableRow on ListEntry {\n    id\n    quantity\n    wornQuantity\n    consumable\n    item {\n      id\n      name\n      weightMg\n      category {\n        ...CategoryChip\n      }\n    }\n  }\n": types.EntryTableRowFragmentDoc,
    "\n  query Lists($after: String) {\n    me {\n      id\n      lists(first: 30, after: $after) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n          colorIndex\n          summary {\n            ...WeightCardSummary\n          }\n        }\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n": types.ListsDocument,
    "\n  mutation CreateList($input: CreateListInput!) {\n    createList(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateListDocument,
    "\n  fragment ListEditorState on List {\n    id\n    name\n    version\n    entries {\n      ...EntryTableRow\n    }\n    summary {\n      ...WeightSummaryTotals\n    }\n    priceTotals {\n      amountMinor\n      currency\n    }\n    categoryGroups {\n      category {\n        ...CategoryChip\n      }\n      entries {\n        id\n        quantity\n        wornQuantity\n        consumable\n        item {\n          ...CategoryGroupItem\n        }\n      }\n      subtotal {\n        ...CategoryGroupSubtotal\n      }\n    }\n    shareLinks {\n      id\n      token\n    }\n  }\n": types.ListEditorStateFragmentDoc,
    "\n  query ListEditor($id: ID!) {\n    list(id: $id) {\n      ...ListEditorState\n    }\n    me {\n      id\n      items(first: 100) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n          weightMg\n        }\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n": types.ListEditorDocument,
    "\n  mutation AddListEntry($listId: ID!, $input: EntryInput!) {\n    addListEntry(listId: $listId, input: $input) {\n      ...ListEditorState\n    }\n  }\n": types.AddListEntryDocument,
    "\n  mutation UpdateListEntry($entryId: ID!, $input: EntryChangeInput!) {\n    updateListEntry(entryId: $entryId, input: $input) {\n      ...ListEditorState\n    }\n  }\n": types.UpdateListEntryDocument,
    "\n  mutation RemoveListEntry($entryId: ID!) {\n    removeListEntry(entryId: $entryId) {\n      ...ListEditorState\n    }\n  }\n": types.RemoveListEntryDocument,
    "\n  mutation ReorderListEntries($listId: ID!, $entryIds: [ID!]!) {\n    reorderListEntries(listId: $listId, entryIds: $entryIds) {\n      ...ListEditorState\n    }\n  }\n": types.ReorderListEntriesDocument,
    "\n  mutation SetListCategoryOrder($listId: ID!, $categoryIds: [ID!]!, $expectedVersion: Int) {\n    setListCategoryOrder(listId: $listId, categoryIds: $categoryIds, expectedVersion: $expectedVersion) {\n      ...ListEditorState\n    }\n  }\n": types.SetListCategoryOrderDocument,
    "\n  query Packs($after: String) {\n    me {\n      id\n      packs(first: 30, after: $after) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n          summary {\n            ...WeightCardSummary\n          }\n        }\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n": types.PacksDocument,
    "\n  mutation CreatePack($input: CreatePackInput!) {\n    createPack(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreatePackDocument,
    "\n  fragment PackBuilderState on Pack {\n    id\n    name\n    version\n    lists {\n      id\n      name\n    }\n    summary {\n      ...WeightSummaryTotals\n    }\n    priceTotals {\n      amountMinor\n      currency\n    }\n    groupedContents(by: CATEGORY) {\n      category {\n        ...CategoryChip\n      }\n      lines {\n        quantity\n        wornQuantity\n        consumable\n        totalMg\n        item {\n          ...CategoryGroupItem\n        }\n      }\n      subtotal {\n        ...CategoryGroupSubtotal\n      }\n    }\n    shareLinks {\n      id\n      token\n    }\n  }\n": types.PackBuilderStateFragmentDoc,
    "\n  query PackBuilder($id: ID!) {\n    pack(id: $id) {\n      ...PackBuilderState\n    }\n    me {\n      id\n      lists(first: 100) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n        }\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n": types.PackBuilderDocument,
    "\n  mutation SetPackLists($packId: ID!, $listIds: [ID!]!) {\n    setPackLists(packId: $packId, listIds: $listIds) {\n      ...PackBuilderState\n    }\n  }\n": types.SetPackListsDocument,
    "\n  mutation SetPackCategoryOrder($packId: ID!, $categoryIds: [ID!]!, $expectedVersion: Int) {\n    setPackCategoryOrder(packId: $packId, categoryIds: $categoryIds, expectedVersion: $expectedVersion) {\n      ...PackBuilderState\n    }\n  }\n": types.SetPackCategoryOrderDocument,
    "\n  fragment CategoryChip on Category {\n    id\n    name\n    colorIndex\n  }\n": types.CategoryChipFragmentDoc,
    "\n  fragment PreferencesFields on Preferences {\n    theme\n    weightUnit\n    showPoundsAndOunces\n    locale\n    currency\n    checklist {\n      hidePacked\n      sortOrder\n    }\n    palette {\n      name\n      categoryColorOrder\n    }\n    onboarding {\n      completedSteps\n    }\n  }\n": types.PreferencesFieldsFragmentDoc,
    "\n  query Preferences {\n    me {\n      id\n      preferences {\n        ...PreferencesFields\n      }\n    }\n  }\n": types.PreferencesDocument,
    "\n  mutation UpdatePreferences($input: UpdatePreferencesInput!) {\n    updatePreferences(input: $input) {\n      ...PreferencesFields\n    }\n  }\n": types.UpdatePreferencesDocument,
    "\n  fragment SharedViewGroup on SharedCategoryGroup {\n    category {\n      name\n      colorIndex\n    }\n    entries {\n      name\n      weightMg\n      quantity\n      wornQuantity\n      consumable\n    }\n    subtotal {\n      totalMg\n      itemCount\n      shareBasisPoints\n    }\n  }\n": types.SharedViewGroupFragmentDoc,
    "\n  fragment SharedViewTotals on SharedWeightSummary {\n    totalMg\n    baseMg\n    wornMg\n    consumableMg\n    itemCount\n  }\n": types.SharedViewTotalsFragmentDoc,
    "\n  mutation ShareList($listId: ID!) {\n    shareList(listId: $listId) {\n      id\n      token\n    }\n  }\n": types.ShareListDocument,
    "\n  mutation SharePack($packId: ID!) {\n    sharePack(packId: $packId) {\n      id\n      token\n    }\n  }\n": types.SharePackDocument,
    "\n  query SharedList($token: String!) {\n    sharedList(token: $token) {\n      name\n      description\n      categoryGroups {\n        ...SharedViewGroup\n      }\n      summary {\n        ...SharedViewTotals\n      }\n    }\n  }\n": types.SharedListDocument,
    "\n  query SharedPack($token: String!) {\n    sharedPack(token: $token) {\n      name\n      description\n      categoryGroups {\n        ...SharedViewGroup\n      }\n      summary {\n        ...SharedViewTotals\n      }\n    }\n  }\n": types.SharedPackDocument,
    "\n  fragment TripChecklistState on Trip {\n    id\n    checklist {\n      quantity\n      checked\n      checkedAt\n      item {\n        id\n        weightMg\n      }\n    }\n    progress {\n      checkedItems\n      totalItems\n      checkedMg\n      totalMg\n    }\n  }\n": types.TripChecklistStateFragmentDoc,
    "\n  fragment ChecklistViewLine on ChecklistLine {\n    quantity\n    checked\n    item {\n      id\n      name\n      weightMg\n      category {\n        ...CategoryChip\n      }\n    }\n  }\n": types.ChecklistViewLineFragmentDoc,
    "\n  query Trips($after: String) {\n    me {\n      id\n      trips(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n          startDate\n          status\n          pack {\n            id\n            name\n          }\n          progress {\n            checkedItems\n            totalItems\n          }\n        }\n      }\n      packs(first: 50) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.TripsDocument,
    "\n  mutation CreateTrip($input: CreateTripInput!) {\n    createTrip(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateTripDocument,
    "\n  query TripChecklist($id: ID!) {\n    trip(id: $id) {\n      id\n      name\n      pack {\n        id\n        name\n        # The grouped view's order and subtotals, so the checklist groups as the pack page does.\n        groupedContents(by: CATEGORY) {\n          category {\n            ...CategoryChip\n          }\n          subtotal {\n            totalMg\n            itemCount\n          }\n          lines {\n            item {\n              id\n            }\n          }\n        }\n      }\n      checklist {\n        ...ChecklistViewLine\n        checkedAt\n      }\n      progress {\n        checkedItems\n        totalItems\n        checkedMg\n        totalMg\n      }\n    }\n    me {\n      id\n      preferences {\n        ...WeightDisplayPreferences\n        checklist {\n          hidePacked\n          sortOrder\n        }\n      }\n    }\n  }\n": types.TripChecklistDocument,
    "\n  mutation CheckTripItem($tripId: ID!, $itemId: ID!) {\n    checkTripItem(tripId: $tripId, itemId: $itemId) {\n      ...TripChecklistState\n    }\n  }\n": types.CheckTripItemDocument,
    "\n  mutation UncheckTripItem($tripId: ID!, $itemId: ID!) {\n    uncheckTripItem(tripId: $tripId, itemId: $itemId) {\n      ...TripChecklistState\n    }\n  }\n": types.UncheckTripItemDocument,
    "\n  mutation CheckAllTripItems($tripId: ID!) {\n    checkAllTripItems(tripId: $tripId) {\n      ...TripChecklistState\n    }\n  }\n": types.CheckAllTripItemsDocument,
    "\n  mutation ResetTripChecklist($tripId: ID!) {\n    resetTripChecklist(tripId: $tripId) {\n      ...TripChecklistState\n    }\n  }\n": types.ResetTripChecklistDocument,
    "\n  fragment WeightCardSummary on WeightSummary {\n    totalMg\n    itemCount\n  }\n": types.WeightCardSummaryFragmentDoc,
    "\n  fragment WeightSummaryTotals on WeightSummary {\n    totalMg\n    baseMg\n    wornMg\n    consumableMg\n    itemCount\n  }\n": types.WeightSummaryTotalsFragmentDoc,
    "\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    expiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      isGuest\n    }\n  }\n": types.SessionPayloadFragmentDoc,
    "\n  mutation SessionSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionPayload\n    }\n  }\n": types.SessionSignUpDocument,
    "\n  mutation SessionSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionPayload\n    }\n  }\n": types.SessionSignInDocument,
    "\n  mutation SessionGuest {\n    startGuestSession {\n      ...SessionPayload\n    }\n  }\n": types.SessionGuestDocument,
    "\n  mutation SessionRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionPayload\n    }\n  }\n": types.SessionRefreshDocument,
    "\n  mutation SessionSignOut {\n    signOut\n  }\n": types.SessionSignOutDocument,
    "\n  fragment WeightDisplayPreferences on Preferences {\n    weightUnit\n    showPoundsAndOunces\n    locale\n  }\n": types.WeightDisplayPreferencesFragmentDoc,
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
export function graphql(source: "\n  query Account {\n    me {\n      id\n      email\n      isGuest\n      sessions {\n        id\n        device\n        ipAddress\n        lastUsedAt\n        current\n      }\n      personalAccessTokens {\n        id\n        name\n        scopes\n        createdAt\n        expiresAt\n        revokedAt\n      }\n      securityEvents(first: 20) {\n        nodes {\n          id\n          type\n          ipAddress\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Account {\n    me {\n      id\n      email\n      isGuest\n      sessions {\n        id\n        device\n        ipAddress\n        lastUsedAt\n        current\n      }\n      personalAccessTokens {\n        id\n        name\n        scopes\n        createdAt\n        expiresAt\n        revokedAt\n      }\n      securityEvents(first: 20) {\n        nodes {\n          id\n          type\n          ipAddress\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {\n    createPersonalAccessToken(input: $input) {\n      token\n      personalAccessToken {\n        id\n        name\n        scopes\n        createdAt\n        expiresAt\n        revokedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePersonalAccessToken($input: CreatePersonalAccessTokenInput!) {\n    createPersonalAccessToken(input: $input) {\n      token\n      personalAccessToken {\n        id\n        name\n        scopes\n        createdAt\n        expiresAt\n        revokedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePersonalAccessToken($id: ID!) {\n    revokePersonalAccessToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokePersonalAccessToken($id: ID!) {\n    revokePersonalAccessToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpgradeGuest($input: UpgradeGuestInput!) {\n    upgradeGuest(input: $input) {\n      id\n      email\n      isGuest\n    }\n  }\n"): (typeof documents)["\n  mutation UpgradeGuest($input: UpgradeGuestInput!) {\n    upgradeGuest(input: $input) {\n      id\n      email\n      isGuest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataExport {\n    me {\n      id\n      dataExport {\n        userId\n        account\n        packing\n        preferences\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataExport {\n    me {\n      id\n      dataExport {\n        userId\n        account\n        packing\n        preferences\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      signedOutSessions\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      signedOutSessions\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CategoryGroupItem on Item {\n    id\n    name\n    weightMg\n    price {\n      amountMinor\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment CategoryGroupItem on Item {\n    id\n    name\n    weightMg\n    price {\n      amountMinor\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CategoryGroupSubtotal on GroupSubtotal {\n    totalMg\n    itemCount\n    shareBasisPoints\n    priceTotals {\n      amountMinor\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment CategoryGroupSubtotal on GroupSubtotal {\n    totalMg\n    itemCount\n    shareBasisPoints\n    priceTotals {\n      amountMinor\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NextPage on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"): (typeof documents)["\n  fragment NextPage on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CategoryManagerCategory on Category {\n    id\n    name\n    colorIndex\n    version\n  }\n"): (typeof documents)["\n  fragment CategoryManagerCategory on Category {\n    id\n    name\n    colorIndex\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GearTableItem on Item {\n    id\n    name\n    weightMg\n    archived\n    version\n    category {\n      ...CategoryChip\n    }\n  }\n"): (typeof documents)["\n  fragment GearTableItem on Item {\n    id\n    name\n    weightMg\n    archived\n    version\n    category {\n      ...CategoryChip\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Gear($sort: ItemSort, $filter: ItemFilter, $after: String) {\n    me {\n      id\n      items(first: 100, after: $after, sort: $sort, filter: $filter) {\n        pageInfo {\n          ...NextPage\n        }\n        totalCount\n        nodes {\n          ...GearTableItem\n        }\n      }\n      categories {\n        ...CategoryManagerCategory\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n"): (typeof documents)["\n  query Gear($sort: ItemSort, $filter: ItemFilter, $after: String) {\n    me {\n      id\n      items(first: 100, after: $after, sort: $sort, filter: $filter) {\n        pageInfo {\n          ...NextPage\n        }\n        totalCount\n        nodes {\n          ...GearTableItem\n        }\n      }\n      categories {\n        ...CategoryManagerCategory\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateItem($input: CreateItemInput!) {\n    createItem(input: $input) {\n      ...GearTableItem\n    }\n  }\n"): (typeof documents)["\n  mutation CreateItem($input: CreateItemInput!) {\n    createItem(input: $input) {\n      ...GearTableItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateItem($id: ID!, $input: UpdateItemInput!) {\n    updateItem(id: $id, input: $input) {\n      ...GearTableItem\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateItem($id: ID!, $input: UpdateItemInput!) {\n    updateItem(id: $id, input: $input) {\n      ...GearTableItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      ...CategoryManagerCategory\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      ...CategoryManagerCategory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      ...CategoryManagerCategory\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCategory($id: ID!, $input: UpdateCategoryInput!) {\n    updateCategory(id: $id, input: $input) {\n      ...CategoryManagerCategory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSampleGear {\n    addSampleGear {\n      itemsAdded\n      pack {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddSampleGear {\n    addSampleGear {\n      itemsAdded\n      pack {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SampleGearReady {\n    me {\n      id\n      items(first: 1) {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query SampleGearReady {\n    me {\n      id\n      items(first: 1) {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LighterPackCsv($listId: ID, $packId: ID) {\n    me {\n      id\n      lighterPackCsv(listId: $listId, packId: $packId)\n    }\n  }\n"): (typeof documents)["\n  query LighterPackCsv($listId: ID, $packId: ID) {\n    me {\n      id\n      lighterPackCsv(listId: $listId, packId: $packId)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewLighterPackImport($csv: String!) {\n    me {\n      id\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n    previewLighterPackImport(csv: $csv) {\n      readable\n      rowCount\n      goodRowCount\n      reusedRowCount\n      summary {\n        totalMg\n        baseMg\n        wornMg\n        consumableMg\n        itemCount\n      }\n      categories {\n        name\n        totalMg\n        baseMg\n        wornMg\n        consumableMg\n        itemCount\n        rows {\n          row\n          line\n          name\n          quantity\n          weightMg\n          weightUnit\n          worn\n          consumable\n          reusedItem {\n            id\n          }\n          sameItemAsRow\n        }\n      }\n      problems {\n        ...ImportProblem\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewLighterPackImport($csv: String!) {\n    me {\n      id\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n    previewLighterPackImport(csv: $csv) {\n      readable\n      rowCount\n      goodRowCount\n      reusedRowCount\n      summary {\n        totalMg\n        baseMg\n        wornMg\n        consumableMg\n        itemCount\n      }\n      categories {\n        name\n        totalMg\n        baseMg\n        wornMg\n        consumableMg\n        itemCount\n        rows {\n          row\n          line\n          name\n          quantity\n          weightMg\n          weightUnit\n          worn\n          consumable\n          reusedItem {\n            id\n          }\n          sameItemAsRow\n        }\n      }\n      problems {\n        ...ImportProblem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLighterPackImport($csv: String!, $listName: String!) {\n    startLighterPackImport(csv: $csv, listName: $listName, skipRowsWithProblems: true) {\n      id\n      ...ImportProgress\n    }\n  }\n"): (typeof documents)["\n  mutation StartLighterPackImport($csv: String!, $listName: String!) {\n    startLighterPackImport(csv: $csv, listName: $listName, skipRowsWithProblems: true) {\n      id\n      ...ImportProgress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LighterPackImport($id: ID!) {\n    lighterPackImport(id: $id) {\n      ...ImportProgress\n    }\n  }\n"): (typeof documents)["\n  query LighterPackImport($id: ID!) {\n    lighterPackImport(id: $id) {\n      ...ImportProgress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportProblem on ImportError {\n    row\n    line\n    column\n    message\n  }\n"): (typeof documents)["\n  fragment ImportProblem on ImportError {\n    row\n    line\n    column\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportProgress on LighterPackImport {\n    id\n    status\n    processedRows\n    totalRows\n    errors {\n      ...ImportProblem\n    }\n    list {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ImportProgress on LighterPackImport {\n    id\n    status\n    processedRows\n    totalRows\n    errors {\n      ...ImportProblem\n    }\n    list {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      email\n      preferences {\n        theme\n        palette {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      email\n      preferences {\n        theme\n        palette {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntryTableRow on ListEntry {\n    id\n    quantity\n    wornQuantity\n    consumable\n    item {\n      id\n      name\n      weightMg\n      category {\n        ...CategoryChip\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EntryTableRow on ListEntry {\n    id\n    quantity\n    wornQuantity\n    consumable\n    item {\n      id\n      name\n      weightMg\n      category {\n        ...CategoryChip\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lists($after: String) {\n    me {\n      id\n      lists(first: 30, after: $after) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n          colorIndex\n          summary {\n            ...WeightCardSummary\n          }\n        }\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n"): (typeof documents)["\n  query Lists($after: String) {\n    me {\n      id\n      lists(first: 30, after: $after) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n          colorIndex\n          summary {\n            ...WeightCardSummary\n          }\n        }\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateList($input: CreateListInput!) {\n    createList(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateList($input: CreateListInput!) {\n    createList(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ListEditorState on List {\n    id\n    name\n    version\n    entries {\n      ...EntryTableRow\n    }\n    summary {\n      ...WeightSummaryTotals\n    }\n    priceTotals {\n      amountMinor\n      currency\n    }\n    categoryGroups {\n      category {\n        ...CategoryChip\n      }\n      entries {\n        id\n        quantity\n        wornQuantity\n        consumable\n        item {\n          ...CategoryGroupItem\n        }\n      }\n      subtotal {\n        ...CategoryGroupSubtotal\n      }\n    }\n    shareLinks {\n      id\n      token\n    }\n  }\n"): (typeof documents)["\n  fragment ListEditorState on List {\n    id\n    name\n    version\n    entries {\n      ...EntryTableRow\n    }\n    summary {\n      ...WeightSummaryTotals\n    }\n    priceTotals {\n      amountMinor\n      currency\n    }\n    categoryGroups {\n      category {\n        ...CategoryChip\n      }\n      entries {\n        id\n        quantity\n        wornQuantity\n        consumable\n        item {\n          ...CategoryGroupItem\n        }\n      }\n      subtotal {\n        ...CategoryGroupSubtotal\n      }\n    }\n    shareLinks {\n      id\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListEditor($id: ID!) {\n    list(id: $id) {\n      ...ListEditorState\n    }\n    me {\n      id\n      items(first: 100) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n          weightMg\n        }\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n"): (typeof documents)["\n  query ListEditor($id: ID!) {\n    list(id: $id) {\n      ...ListEditorState\n    }\n    me {\n      id\n      items(first: 100) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n          weightMg\n        }\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddListEntry($listId: ID!, $input: EntryInput!) {\n    addListEntry(listId: $listId, input: $input) {\n      ...ListEditorState\n    }\n  }\n"): (typeof documents)["\n  mutation AddListEntry($listId: ID!, $input: EntryInput!) {\n    addListEntry(listId: $listId, input: $input) {\n      ...ListEditorState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateListEntry($entryId: ID!, $input: EntryChangeInput!) {\n    updateListEntry(entryId: $entryId, input: $input) {\n      ...ListEditorState\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateListEntry($entryId: ID!, $input: EntryChangeInput!) {\n    updateListEntry(entryId: $entryId, input: $input) {\n      ...ListEditorState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveListEntry($entryId: ID!) {\n    removeListEntry(entryId: $entryId) {\n      ...ListEditorState\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveListEntry($entryId: ID!) {\n    removeListEntry(entryId: $entryId) {\n      ...ListEditorState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderListEntries($listId: ID!, $entryIds: [ID!]!) {\n    reorderListEntries(listId: $listId, entryIds: $entryIds) {\n      ...ListEditorState\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderListEntries($listId: ID!, $entryIds: [ID!]!) {\n    reorderListEntries(listId: $listId, entryIds: $entryIds) {\n      ...ListEditorState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetListCategoryOrder($listId: ID!, $categoryIds: [ID!]!, $expectedVersion: Int) {\n    setListCategoryOrder(listId: $listId, categoryIds: $categoryIds, expectedVersion: $expectedVersion) {\n      ...ListEditorState\n    }\n  }\n"): (typeof documents)["\n  mutation SetListCategoryOrder($listId: ID!, $categoryIds: [ID!]!, $expectedVersion: Int) {\n    setListCategoryOrder(listId: $listId, categoryIds: $categoryIds, expectedVersion: $expectedVersion) {\n      ...ListEditorState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Packs($after: String) {\n    me {\n      id\n      packs(first: 30, after: $after) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n          summary {\n            ...WeightCardSummary\n          }\n        }\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n"): (typeof documents)["\n  query Packs($after: String) {\n    me {\n      id\n      packs(first: 30, after: $after) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n          summary {\n            ...WeightCardSummary\n          }\n        }\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePack($input: CreatePackInput!) {\n    createPack(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePack($input: CreatePackInput!) {\n    createPack(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PackBuilderState on Pack {\n    id\n    name\n    version\n    lists {\n      id\n      name\n    }\n    summary {\n      ...WeightSummaryTotals\n    }\n    priceTotals {\n      amountMinor\n      currency\n    }\n    groupedContents(by: CATEGORY) {\n      category {\n        ...CategoryChip\n      }\n      lines {\n        quantity\n        wornQuantity\n        consumable\n        totalMg\n        item {\n          ...CategoryGroupItem\n        }\n      }\n      subtotal {\n        ...CategoryGroupSubtotal\n      }\n    }\n    shareLinks {\n      id\n      token\n    }\n  }\n"): (typeof documents)["\n  fragment PackBuilderState on Pack {\n    id\n    name\n    version\n    lists {\n      id\n      name\n    }\n    summary {\n      ...WeightSummaryTotals\n    }\n    priceTotals {\n      amountMinor\n      currency\n    }\n    groupedContents(by: CATEGORY) {\n      category {\n        ...CategoryChip\n      }\n      lines {\n        quantity\n        wornQuantity\n        consumable\n        totalMg\n        item {\n          ...CategoryGroupItem\n        }\n      }\n      subtotal {\n        ...CategoryGroupSubtotal\n      }\n    }\n    shareLinks {\n      id\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PackBuilder($id: ID!) {\n    pack(id: $id) {\n      ...PackBuilderState\n    }\n    me {\n      id\n      lists(first: 100) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n        }\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n"): (typeof documents)["\n  query PackBuilder($id: ID!) {\n    pack(id: $id) {\n      ...PackBuilderState\n    }\n    me {\n      id\n      lists(first: 100) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n        }\n      }\n      preferences {\n        ...WeightDisplayPreferences\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPackLists($packId: ID!, $listIds: [ID!]!) {\n    setPackLists(packId: $packId, listIds: $listIds) {\n      ...PackBuilderState\n    }\n  }\n"): (typeof documents)["\n  mutation SetPackLists($packId: ID!, $listIds: [ID!]!) {\n    setPackLists(packId: $packId, listIds: $listIds) {\n      ...PackBuilderState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPackCategoryOrder($packId: ID!, $categoryIds: [ID!]!, $expectedVersion: Int) {\n    setPackCategoryOrder(packId: $packId, categoryIds: $categoryIds, expectedVersion: $expectedVersion) {\n      ...PackBuilderState\n    }\n  }\n"): (typeof documents)["\n  mutation SetPackCategoryOrder($packId: ID!, $categoryIds: [ID!]!, $expectedVersion: Int) {\n    setPackCategoryOrder(packId: $packId, categoryIds: $categoryIds, expectedVersion: $expectedVersion) {\n      ...PackBuilderState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CategoryChip on Category {\n    id\n    name\n    colorIndex\n  }\n"): (typeof documents)["\n  fragment CategoryChip on Category {\n    id\n    name\n    colorIndex\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PreferencesFields on Preferences {\n    theme\n    weightUnit\n    showPoundsAndOunces\n    locale\n    currency\n    checklist {\n      hidePacked\n      sortOrder\n    }\n    palette {\n      name\n      categoryColorOrder\n    }\n    onboarding {\n      completedSteps\n    }\n  }\n"): (typeof documents)["\n  fragment PreferencesFields on Preferences {\n    theme\n    weightUnit\n    showPoundsAndOunces\n    locale\n    currency\n    checklist {\n      hidePacked\n      sortOrder\n    }\n    palette {\n      name\n      categoryColorOrder\n    }\n    onboarding {\n      completedSteps\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Preferences {\n    me {\n      id\n      preferences {\n        ...PreferencesFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Preferences {\n    me {\n      id\n      preferences {\n        ...PreferencesFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePreferences($input: UpdatePreferencesInput!) {\n    updatePreferences(input: $input) {\n      ...PreferencesFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePreferences($input: UpdatePreferencesInput!) {\n    updatePreferences(input: $input) {\n      ...PreferencesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedViewGroup on SharedCategoryGroup {\n    category {\n      name\n      colorIndex\n    }\n    entries {\n      name\n      weightMg\n      quantity\n      wornQuantity\n      consumable\n    }\n    subtotal {\n      totalMg\n      itemCount\n      shareBasisPoints\n    }\n  }\n"): (typeof documents)["\n  fragment SharedViewGroup on SharedCategoryGroup {\n    category {\n      name\n      colorIndex\n    }\n    entries {\n      name\n      weightMg\n      quantity\n      wornQuantity\n      consumable\n    }\n    subtotal {\n      totalMg\n      itemCount\n      shareBasisPoints\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedViewTotals on SharedWeightSummary {\n    totalMg\n    baseMg\n    wornMg\n    consumableMg\n    itemCount\n  }\n"): (typeof documents)["\n  fragment SharedViewTotals on SharedWeightSummary {\n    totalMg\n    baseMg\n    wornMg\n    consumableMg\n    itemCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareList($listId: ID!) {\n    shareList(listId: $listId) {\n      id\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ShareList($listId: ID!) {\n    shareList(listId: $listId) {\n      id\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharePack($packId: ID!) {\n    sharePack(packId: $packId) {\n      id\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation SharePack($packId: ID!) {\n    sharePack(packId: $packId) {\n      id\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedList($token: String!) {\n    sharedList(token: $token) {\n      name\n      description\n      categoryGroups {\n        ...SharedViewGroup\n      }\n      summary {\n        ...SharedViewTotals\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedList($token: String!) {\n    sharedList(token: $token) {\n      name\n      description\n      categoryGroups {\n        ...SharedViewGroup\n      }\n      summary {\n        ...SharedViewTotals\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedPack($token: String!) {\n    sharedPack(token: $token) {\n      name\n      description\n      categoryGroups {\n        ...SharedViewGroup\n      }\n      summary {\n        ...SharedViewTotals\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharedPack($token: String!) {\n    sharedPack(token: $token) {\n      name\n      description\n      categoryGroups {\n        ...SharedViewGroup\n      }\n      summary {\n        ...SharedViewTotals\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TripChecklistState on Trip {\n    id\n    checklist {\n      quantity\n      checked\n      checkedAt\n      item {\n        id\n        weightMg\n      }\n    }\n    progress {\n      checkedItems\n      totalItems\n      checkedMg\n      totalMg\n    }\n  }\n"): (typeof documents)["\n  fragment TripChecklistState on Trip {\n    id\n    checklist {\n      quantity\n      checked\n      checkedAt\n      item {\n        id\n        weightMg\n      }\n    }\n    progress {\n      checkedItems\n      totalItems\n      checkedMg\n      totalMg\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChecklistViewLine on ChecklistLine {\n    quantity\n    checked\n    item {\n      id\n      name\n      weightMg\n      category {\n        ...CategoryChip\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ChecklistViewLine on ChecklistLine {\n    quantity\n    checked\n    item {\n      id\n      name\n      weightMg\n      category {\n        ...CategoryChip\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trips($after: String) {\n    me {\n      id\n      trips(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n          startDate\n          status\n          pack {\n            id\n            name\n          }\n          progress {\n            checkedItems\n            totalItems\n          }\n        }\n      }\n      packs(first: 50) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Trips($after: String) {\n    me {\n      id\n      trips(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n          startDate\n          status\n          pack {\n            id\n            name\n          }\n          progress {\n            checkedItems\n            totalItems\n          }\n        }\n      }\n      packs(first: 50) {\n        totalCount\n        pageInfo {\n          ...NextPage\n        }\n        nodes {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrip($input: CreateTripInput!) {\n    createTrip(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTrip($input: CreateTripInput!) {\n    createTrip(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TripChecklist($id: ID!) {\n    trip(id: $id) {\n      id\n      name\n      pack {\n        id\n        name\n        # The grouped view's order and subtotals, so the checklist groups as the pack page does.\n        groupedContents(by: CATEGORY) {\n          category {\n            ...CategoryChip\n          }\n          subtotal {\n            totalMg\n            itemCount\n          }\n          lines {\n            item {\n              id\n            }\n          }\n        }\n      }\n      checklist {\n        ...ChecklistViewLine\n        checkedAt\n      }\n      progress {\n        checkedItems\n        totalItems\n        checkedMg\n        totalMg\n      }\n    }\n    me {\n      id\n      preferences {\n        ...WeightDisplayPreferences\n        checklist {\n          hidePacked\n          sortOrder\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TripChecklist($id: ID!) {\n    trip(id: $id) {\n      id\n      name\n      pack {\n        id\n        name\n        # The grouped view's order and subtotals, so the checklist groups as the pack page does.\n        groupedContents(by: CATEGORY) {\n          category {\n            ...CategoryChip\n          }\n          subtotal {\n            totalMg\n            itemCount\n          }\n          lines {\n            item {\n              id\n            }\n          }\n        }\n      }\n      checklist {\n        ...ChecklistViewLine\n        checkedAt\n      }\n      progress {\n        checkedItems\n        totalItems\n        checkedMg\n        totalMg\n      }\n    }\n    me {\n      id\n      preferences {\n        ...WeightDisplayPreferences\n        checklist {\n          hidePacked\n          sortOrder\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckTripItem($tripId: ID!, $itemId: ID!) {\n    checkTripItem(tripId: $tripId, itemId: $itemId) {\n      ...TripChecklistState\n    }\n  }\n"): (typeof documents)["\n  mutation CheckTripItem($tripId: ID!, $itemId: ID!) {\n    checkTripItem(tripId: $tripId, itemId: $itemId) {\n      ...TripChecklistState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UncheckTripItem($tripId: ID!, $itemId: ID!) {\n    uncheckTripItem(tripId: $tripId, itemId: $itemId) {\n      ...TripChecklistState\n    }\n  }\n"): (typeof documents)["\n  mutation UncheckTripItem($tripId: ID!, $itemId: ID!) {\n    uncheckTripItem(tripId: $tripId, itemId: $itemId) {\n      ...TripChecklistState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckAllTripItems($tripId: ID!) {\n    checkAllTripItems(tripId: $tripId) {\n      ...TripChecklistState\n    }\n  }\n"): (typeof documents)["\n  mutation CheckAllTripItems($tripId: ID!) {\n    checkAllTripItems(tripId: $tripId) {\n      ...TripChecklistState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetTripChecklist($tripId: ID!) {\n    resetTripChecklist(tripId: $tripId) {\n      ...TripChecklistState\n    }\n  }\n"): (typeof documents)["\n  mutation ResetTripChecklist($tripId: ID!) {\n    resetTripChecklist(tripId: $tripId) {\n      ...TripChecklistState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WeightCardSummary on WeightSummary {\n    totalMg\n    itemCount\n  }\n"): (typeof documents)["\n  fragment WeightCardSummary on WeightSummary {\n    totalMg\n    itemCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WeightSummaryTotals on WeightSummary {\n    totalMg\n    baseMg\n    wornMg\n    consumableMg\n    itemCount\n  }\n"): (typeof documents)["\n  fragment WeightSummaryTotals on WeightSummary {\n    totalMg\n    baseMg\n    wornMg\n    consumableMg\n    itemCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    expiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      isGuest\n    }\n  }\n"): (typeof documents)["\n  fragment SessionPayload on AuthPayload {\n    accessToken\n    expiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    user {\n      id\n      email\n      isGuest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation SessionSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...SessionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation SessionSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionGuest {\n    startGuestSession {\n      ...SessionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation SessionGuest {\n    startGuestSession {\n      ...SessionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionPayload\n    }\n  }\n"): (typeof documents)["\n  mutation SessionRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionPayload\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SessionSignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SessionSignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WeightDisplayPreferences on Preferences {\n    weightUnit\n    showPoundsAndOunces\n    locale\n  }\n"): (typeof documents)["\n  fragment WeightDisplayPreferences on Preferences {\n    weightUnit\n    showPoundsAndOunces\n    locale\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;