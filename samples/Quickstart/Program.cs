System.Console.WriteLine("Being built: see issue 4 (emulator).");
