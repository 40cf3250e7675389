/**
 * Ajv's classes (and ajv-formats), whichever way the CommonJS interop hands them over (`default` or the module
 * itself), so every generator module that validates gets them from one place.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';

type Ajv2020Class = typeof Ajv2020Module.default;
type AjvDraft04Class = typeof AjvDraft04Module.default;
type AddFormats = typeof addFormatsModule.default;

export const Ajv2020 = ((Ajv2020Module as unknown as { default?: Ajv2020Class }).default ??
  Ajv2020Module) as Ajv2020Class;
export const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: AjvDraft04Class }).default ??
  AjvDraft04Module) as AjvDraft04Class;
export const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as AddFormats;
