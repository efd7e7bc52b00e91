# syntax=docker/dockerfile:1
# FeedbackBot as a container, for hosts other than App Service (Container Apps, AKS, a VM).
#   docker build -t feedbackbot .
#   docker run -p 8080:8080 feedbackbot          # then http://localhost:8080
# Base images are pinned to exact versions; move them forward deliberately.

# Build: the full SDK, restore first so that layer is cached until a project file changes.
FROM mcr.microsoft.com/dotnet/sdk:10.0.100-noble AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/FeedbackBot.Core/FeedbackBot.Core.csproj src/FeedbackBot.Core/
COPY src/FeedbackBot.Conversations/FeedbackBot.Conversations.csproj src/FeedbackBot.Conversations/
COPY src/FeedbackBot.Channels.BotFramework/FeedbackBot.Channels.BotFramework.csproj src/FeedbackBot.Channels.BotFramework/
COPY src/FeedbackBot.Channels.Http/FeedbackBot.Channels.Http.csproj src/FeedbackBot.Channels.Http/
COPY src/FeedbackBot.Channels.Slack/FeedbackBot.Channels.Slack.csproj src/FeedbackBot.Channels.Slack/
COPY src/FeedbackBot.Storage.Sqlite/FeedbackBot.Storage.Sqlite.csproj src/FeedbackBot.Storage.Sqlite/
COPY src/FeedbackBot.Storage.TableStorage/FeedbackBot.Storage.TableStorage.csproj src/FeedbackBot.Storage.TableStorage/
COPY src/FeedbackBot/FeedbackBot.csproj src/FeedbackBot/
RUN dotnet restore src/FeedbackBot/FeedbackBot.csproj
COPY src/ src/
RUN dotnet publish src/FeedbackBot/FeedbackBot.csproj -c Release -o /app --no-restore -p:UseAppHost=false \
 && mkdir -p /data

# Run: Ubuntu chiseled ASP.NET Core runtime: no shell, no package manager, non-root by default.
# The "extra" flavour carries ICU and tzdata, which German replies and IANA time zones need.
FROM mcr.microsoft.com/dotnet/aspnet:10.0.0-noble-chiseled-extra AS final
WORKDIR /app
COPY --from=build /app ./
# The SQLite default needs a writable folder; with Table Storage configured it stays empty.
COPY --from=build --chown=1654:1654 /data /data
# appsettings.json binds http://localhost:3978 for local runs; in a container listen on 8080.
ENV Urls=http://+:8080 \
    Storage__Sqlite__Path=/data/feedbackbot.db
VOLUME /data
EXPOSE 8080
# 1654 is the images' "app" user; a numeric id lets Kubernetes verify runAsNonRoot.
USER 1654
ENTRYPOINT ["dotnet", "FeedbackBot.dll"]
