package dev.iosemu.app;

import dev.iosemu.image.CatalystArchive;
import dev.iosemu.image.ImageHeader;
import dev.iosemu.image.ImageInspection;
import dev.iosemu.image.ImageReader;
import dev.iosemu.image.ImageSpec;
import dev.iosemu.image.ImageWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code image build} and {@code image info}: make and inspect synthetic IOS images. */
@Command(
        name = "image",
        mixinStandardHelpOptions = true,
        version = Main.VERSION,
        description = "Make and inspect synthetic IOS images.",
        subcommands = {ImageCommand.Build.class, ImageCommand.Info.class})
final class ImageCommand {

    @Command(name = "build", description = "Build a synthetic image of any size.")
    static final class Build implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        /** Help only: {@code --version} is the image's version here, not iosemu's. */
        @Option(
                names = {"-h", "--help"},
                usageHelp = true,
                description = "Show this help message and exit.")
        boolean help;

        @Option(
                names = "--model",
                required = true,
                description = "Device profile (c1941, c2960x, isr4321, isr4451) or image platform (c1900, c2900, ...).")
        String model;

        @Option(names = "--version", required = true, description = "IOS version, e.g. 15.7(3)M8 or 17.9.4a.")
        String version;

        @Option(
                names = "--feature-set",
                defaultValue = "universalk9",
                description = "Feature set (default ${DEFAULT-VALUE}).")
        String featureSet;

        @Option(
                names = "--size",
                defaultValue = "1M",
                converter = ByteSizeConverter.class,
                description = "Whole file size in bytes or with K/M/G (default ${DEFAULT-VALUE}).")
        long size;

        @Option(
                names = "--format",
                defaultValue = "bin",
                description = "bin (an image) or tar (a Catalyst archive for archive download-sw: the image in "
                        + "its own directory with html/, info and info.ver; default ${DEFAULT-VALUE}).")
        Format format;

        @Option(names = "-o", required = true, description = "Output file.")
        Path output;

        @Override
        public Integer call() throws IOException {
            ImageSpec imageSpec;
            try {
                imageSpec = ImageSpec.ofFileSize(Platforms.forModel(model), version, featureSet, size);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            Path folder = output.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            ImageHeader header =
                    switch (format) {
                        case bin -> ImageWriter.write(imageSpec, output);
                        case tar -> CatalystArchive.write(imageSpec, output);
                    };
            PrintWriter out = spec.commandLine().getOut();
            String archive = format == Format.tar ? " in " + CatalystArchive.directory(imageSpec) + "/" : "";
            out.printf("%s: %d bytes, %s%s%n", output, Files.size(output), describe(header), archive);
            return 0;
        }
    }

    @Command(
            name = "info",
            mixinStandardHelpOptions = true,
            version = Main.VERSION,
            description = "Show an image's header and check its embedded hash.")
    static final class Info implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "Image file.")
        Path file;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            return switch (ImageReader.inspect(file)) {
                case ImageInspection.Valid valid -> {
                    out.println(describe(valid.header()));
                    out.println("Embedded hash MD5: " + valid.header().embeddedMd5UpperCase());
                    out.println("Payload hash verified");
                    yield 0;
                }
                case ImageInspection.Corrupted corrupted -> {
                    out.println(describe(corrupted.header()));
                    out.println("CORRUPTED: " + corrupted.reason());
                    yield 2;
                }
                case ImageInspection.NotAnImage notAnImage -> {
                    out.println("not an iosemu image: " + notAnImage.reason());
                    yield 3;
                }
            };
        }
    }

    /** What {@code image build} writes; lower case as typed. */
    enum Format {
        bin,
        tar
    }

    static String describe(ImageHeader header) {
        return "platform " + header.platform() + ", version " + header.version() + ", feature set "
                + header.featureSet() + ", " + header.family() + ", image " + header.showVersionImageId();
    }
}
