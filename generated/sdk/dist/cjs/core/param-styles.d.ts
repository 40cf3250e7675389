import type { PathExpander } from './path.js';
export interface ParamStyle {
    style: 'simple' | 'matrix' | 'label' | (string & {});
    explode: boolean;
}
/** One value expanded in `style`; `encode` is applied to each name and text. */
export declare function expandStyled(name: string, value: unknown, { style, explode }: ParamStyle, encode: (text: string) => string): string;
/**
 * The `expandPath` of an operation with styled path parameters: each `{name}` placeholder
 * expanded in its declared style (simple, unexploded when `styles` does not name it).
 */
export declare const styledPath: (styles: Readonly<Record<string, ParamStyle>>) => PathExpander;
/** A header parameter's value in simple style (undefined and null: not sent). */
export declare const headerText: (value: unknown, explode: boolean) => string | undefined;
