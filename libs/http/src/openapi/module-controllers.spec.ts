import 'reflect-metadata';
import { Controller, Module, type DynamicModule } from '@nestjs/common';
import { controllersOf } from './module-controllers';

@Controller('a')
class AController {}
@Controller('b')
class BController {}
@Controller('c')
class CController {}

@Module({ controllers: [BController] })
class BModule {}

@Module({})
class DynamicFeature {
  static forRoot(): DynamicModule {
    return { module: DynamicFeature, controllers: [CController], imports: [BModule] };
  }
}

@Module({ imports: [BModule, DynamicFeature.forRoot()], controllers: [AController] })
class RootModule {}

describe(controllersOf.name, () => {
  it('finds the controllers of static and dynamic modules, each once, without booting anything', async () => {
    expect(await controllersOf(RootModule)).toEqual([AController, BController, CController]);
    expect(await controllersOf(Promise.resolve(DynamicFeature.forRoot()))).toEqual([
      CController,
      BController,
    ]);
  });
});
