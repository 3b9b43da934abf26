/**
 * TextDecoder is part of the WHATWG Encoding standard and exists in every runtime Måltid runs in
 * (browsers, workers, Node). shared/ has no DOM types, so the little it uses is declared here.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
