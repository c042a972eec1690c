/** A stack of tag names with the count of each name in it, so "is a `div` open?" costs O(1). */
export class TagStack {
  readonly names: string[] = [];
  private readonly counts = new Map<string, number>();
  push(name: string): void {
    this.names.push(name);
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
  pop(): string | undefined {
    const name = this.names.pop();
    if (name !== undefined) this.counts.set(name, this.counts.get(name)! - 1);
    return name;
  }
  has(name: string): boolean {
    return (this.counts.get(name) ?? 0) > 0;
  }
  /** Pops down to and including the top `name` (which must be open). */
  popTo(name: string): void {
    while (this.pop() !== name);
  }
  get top(): string | undefined {
    return this.names[this.names.length - 1];
  }
  clear(): void {
    this.names.length = 0;
    this.counts.clear();
  }
}
