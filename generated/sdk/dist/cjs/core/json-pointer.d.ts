/** RFC 6901 JSON pointers: read a value out of a vendor response (`/data/status`, '' = the whole). */
export declare function readPointer(document: unknown, pointer: string): unknown;
