/**
 * Synthetic specs of any size for the generation bench: the Stripe-shaped spec of
 * test/helpers/stripe-shaped.ts (four operations per resource, resources referring to each other
 * by a fixed number of links), scaled so the operation count is exactly the one asked for. Each
 * resource has the same shape, so the cost of a linear generator grows linearly with the count.
 */
import { stripeShapedSpec, STRIPE_SHAPE } from '../test/helpers/stripe-shaped.js';

export const OPERATIONS_PER_RESOURCE = 4;

/** An OpenAPI 3.0 document with `operations` operations (a multiple of four). */
export function syntheticSpec(operations: number): Record<string, unknown> {
  if (!Number.isInteger(operations) || operations <= 0 || operations % OPERATIONS_PER_RESOURCE)
    throw new Error(`operations must be a positive multiple of ${OPERATIONS_PER_RESOURCE}`);
  return stripeShapedSpec(operations / OPERATIONS_PER_RESOURCE);
}

/** Operation count of the default Stripe-sized spec. */
export const STRIPE_SIZED_OPERATIONS = STRIPE_SHAPE.operations;
