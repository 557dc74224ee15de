// Mirrors nopCommerce 4.90.3 src/Libraries/Nop.Services/ScheduleTasks/IScheduleTask.cs
namespace Nop.Services.ScheduleTasks;

public partial interface IScheduleTask
{
    Task ExecuteAsync();
}
