import { Radio, type RadioProps } from '@mantine/core';

/** A radio whose whole row is at least 44 px tall, so it is easy to hit with a thumb. */
export function TouchRadio(props: RadioProps) {
  return (
    <Radio
      size="md"
      styles={{ body: { alignItems: 'center' }, label: { paddingBlock: 10 }, labelWrapper: { flex: 1 } }}
      {...props}
    />
  );
}
