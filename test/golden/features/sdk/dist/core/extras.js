export function withExtras(value) {
    return value;
}
