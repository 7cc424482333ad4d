import { describe, expect, it } from 'vitest';
import { isHardwareRenderer } from '../../../renderer/platform/graphics';

describe('telling a graphics card from software rendering', () => {
  it('accepts hardware renderers and refuses software ones and none', () => {
    expect(isHardwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0)')).toBe(
      true,
    );
    expect(isHardwareRenderer('Apple M2')).toBe(true);
    expect(isHardwareRenderer('Mesa Intel(R) UHD Graphics 620 (KBL GT2)')).toBe(true);
    expect(
      isHardwareRenderer(
        'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)',
      ),
    ).toBe(false);
    expect(isHardwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(false);
    expect(isHardwareRenderer('Microsoft Basic Render Driver')).toBe(false);
    expect(isHardwareRenderer('')).toBe(false);
  });
});
