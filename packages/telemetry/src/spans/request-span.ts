import { trace } from '@opentelemetry/api';

/**
 * Names the request's server span after the GraphQL operation (`query Me`), as the OpenTelemetry
 * GraphQL conventions do, once the router has resolved it: the HTTP span alone says only `POST`.
 * Call it inside the request; without tracing it does nothing.
 */
export function nameRequestSpan(operationType: string, operationName: string | undefined): void {
  const span = trace.getActiveSpan();
  if (!span?.isRecording()) return;
  span.updateName(operationName ? `${operationType} ${operationName}` : operationType);
  span.setAttribute('graphql.operation.type', operationType);
  if (operationName) span.setAttribute('graphql.operation.name', operationName);
}
