using Styrmodell.Samples;

// The main job: builds the four seed municipalities' steering models, validates them and prints each hierarchy.
return SampleRunner.Run(Console.Out);
