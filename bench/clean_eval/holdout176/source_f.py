"""holdout176, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text."""

CASES = [
    dict(
        slug="baike-pest-forecast-entry",
        site="万象百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="html",
        source="https://baike.wanxiang.cn/item/病虫测报站/20771",
        title="病虫测报站",
        record_title="病虫测报站_万象百科",
        date=None,
        notes="encyclopaedia entry; example date inside a sentence is no date; edit stamp no date",
        page="""
<!DOCTYPE html><html><head><title>病虫测报站_万象百科</title></head><body>
<header>⟦m 万象百科　全球中文知识平台⟧ ⟦a 编辑词条⟧ ⟦a 登录⟧</header>
<h1>{T}</h1>
<div class="lemma-meta">⟦m 本词条由“农业科普编辑组”审核⟧ ⟦a 收藏⟧ ⟦a 分享⟧</div>
<div class="catalog">⟦l 目录　1 简介　2 主要职能　3 工作方式⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：[1] 农作物病虫害监测预报管理办法⟧</div>
<div class="stat">⟦m 浏览次数：8,702次　编辑次数：5次　最近更新：农业小助手（4个月前）⟧</div>
<footer>⟦d 词条内容仅供参考，如需专业意见请咨询相关机构。⟧ ⟦m ©2024 万象百科⟧</footer>
</body></html>
""",
        body="""
病虫测报站是县级农业农村部门设立的农作物病虫害监测预报机构，一般设在县植保站内。
主要职能包括：系统调查主要农作物病虫发生情况，发布病虫情报，指导农民适时防治。
测报站通常在田间设置虫情测报灯、性诱捕器和孢子捕捉仪等设备，每天记录诱虫数量。例如，某站在2022年7月连续三晚诱到稻飞虱超过千头后，随即发布了防治警报。
病虫情报一般分为长期、中期和短期预报，通过村广播、短信和微信群发送到农户。
""",
    ),
    dict(
        slug="baike-qa-seedling-tray",
        site="有问百科 (invented)",
        style="百科问答",
        genre="问答",
        kind="qa",
        form="text",
        source="https://www.youwenbaike.com/wenda/77183.html",
        title="育秧盘有哪几种规格？",
        record_title=None,
        date="2024-03-30",
        notes="question as the title (missing from the record); 回答于 date is the page's date; numbered list kept",
        page="""
!m 有问百科 > 农业 > 水稻种植
问：{T}
!m 提问于 2024-03-29
!l 最佳回答
{BODY}
!m 回答于 2024-03-30 08:17　　回答者：农技员老贺
!a 有帮助(41)　　评论　　分享
!l 相关问题：育秧盘可以重复使用几年？
""",
        body="""
常见的育秧盘主要有以下几种：
1. 硬盘（塑料硬盘）：规格多为58厘米×28厘米，适合机插秧，可重复使用3到5年。
2. 软盘：价格便宜，适合人工抛秧，一般用一到两季。
3. 钵体毯状盘：底部带小钵，秧苗带土多、返青快，适合高产田。
选择时一定要和插秧机的行距、株距配套，不然插秧时容易漏插。
""",
    ),
    dict(
        slug="netdisk-ice-plant-safety-rules",
        site="云仓网盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="rules",
        form="text",
        source="https://pan.yuncang.net/s/1xKf8Tq2",
        title="制冰厂液氨制冷系统安全操作规程",
        record_title="制冰厂液氨制冷系统安全操作规程.docx",
        date=None,
        notes="file-name title; cloud drive share chrome; no date (share expiry is no date)",
        page="""
!m 云仓网盘 | 文件分享
!t 制冰厂液氨制冷系统安全操作规程.docx
!m 分享者：海**　　文件大小：28.6KB　　有效期：永久有效
!a 保存到我的网盘　　下载（普通下载需等待30秒）
!a 在线预览：
{BODY}
!a 预览仅显示部分内容，下载查看全文
!d 请勿分享违法违规内容，云仓网盘将依法配合处理
""",
        body="""
一、液氨制冷系统操作人员必须持有特种作业操作证，严禁无证上岗。
二、开机前检查氨压缩机油位、各阀门开关状态和安全阀铅封是否完好。
三、运行中每两小时巡检一次，记录吸排气压力和温度，发现异常立即停机。
四、机房内须配备正压式空气呼吸器两套、防化服两套，并保持通风设施正常运行。
五、发生氨泄漏时，立即关闭相关阀门，启动事故风机，人员向上风方向撤离。
""",
    ),
    dict(
        slug="netdisk-book-fair-volunteer-plan",
        site="丰盘 个人分享 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.fengpan.cc/share/init?surl=b8RkQ",
        title="第二届青莲书展志愿服务工作方案",
        record_title=None,
        date="2024-08-26",
        notes="title missing; found only as a file name on the drive page and as the document's heading; date under the signature",
        title_also=["第二届青莲书展志愿服务工作方案.docx"],
        page="""
<!DOCTYPE html><html><head><title>丰盘 - 文件分享</title></head><body>
<div class="top">⟦m 丰盘⟧ ⟦a 登录⟧ ⟦a 客户端下载⟧</div>
<div class="file">⟦t 第二届青莲书展志愿服务工作方案.docx⟧</div>
<div class="info">⟦m 2024-08-28 14:02 分享　　失效时间：7天后⟧</div>
<div class="btn">⟦a 保存到网盘⟧ ⟦a 下载⟧ ⟦a 举报⟧</div>
<div class="preview"><h3>{T}</h3>
{BODY}
</div>
<div class="ad">⟦l 开通丰盘超级会员，享5T空间⟧</div>
</body></html>
""",
        body="""
为做好第二届青莲书展志愿服务工作，特制定本方案。
一、招募人数：志愿者120名，主要从县直机关团员青年和高中学生中招募。
二、岗位设置：咨询引导、秩序维护、阅读推广、后勤保障四类岗位。
三、培训安排：9月5日下午在县图书馆报告厅集中培训。
四、服务时间：9月12日至9月15日，每天分上下午两班。
共青团青莲县委
2024年8月26日
""",
    ),
    dict(
        slug="snapshot-substation-noise-reply",
        site="搜一搜快照 (invented)",
        style="搜索快照",
        genre="答复",
        kind="notice",
        form="html",
        source="http://cache.souyisou.com/c?u=www.beiling.gov.cn/hdjl/2023/1106",
        title="关于北岭镇振兴路锅炉房噪声扰民问题的答复",
        record_title="关于北岭镇振兴路锅炉房噪声扰民问题的答复 - 搜一搜快照",
        date="2023-11-06",
        notes="snapshot frame with cache banner; portal chrome inside the snapshot; date under the signature",
        page="""
<!DOCTYPE html><html><head><title>关于北岭镇振兴路锅炉房噪声扰民问题的答复 - 搜一搜快照</title></head><body>
<div class="cache-head">⟦d 这是 www.beiling.gov.cn/hdjl/2023/1106 的快照，是网页在 2023年11月20日 的存档。当前页面可能已更改。⟧</div>
<div>⟦a 查看当前页面⟧ ⟦a 纯文字版本⟧</div>
<div class="orig">
<div>⟦m 北岭镇人民政府⟧ ⟦m 首页 | 政务公开 | 互动交流⟧</div>
<h2>{T}</h2>
{BODY}
<div>⟦m 北岭镇人民政府版权所有 冀ICP备11029104号⟧</div>
</div>
</body></html>
""",
        body="""
振兴路小区居民：
你们反映的振兴路供热锅炉房夜间噪声扰民问题收悉。镇政府会同县供热公司于11月3日进行了现场检测，夜间厂界噪声为58分贝，超过标准限值。
供热公司已在鼓风机进风口加装消声器，并将两台循环泵移至隔声间，预计11月15日前完成。整改完成后将委托第三方再次检测，结果向小区公示。
北岭镇人民政府
2023年11月6日
""",
    ),
    dict(
        slug="snapshot-text-straw-bale-news",
        site="快搜网页快照 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://kuaisou.cn/snapshot?id=33019e7&url=nongye.tanhe.gov.cn",
        title="潭河县出台饲草料储备补助办法",
        record_title="潭河县出台饲草料储备补助办法_快搜快照",
        date="2023-10-18",
        notes="text-only cache; page's 发布时间 is the date; snapshot stamp is no date",
        page="""
!d 快搜快照：以下是该网页于2023-11-02 06:14被保存的版本，仅供参考。
!a 返回原网页　　高亮关键词：饲草 补助
!m 潭河县农业农村局 > 工作动态
{T}
!m 发布时间：2023-10-18　　点击数：
{BODY}
!m 主办单位：潭河县农业农村局
""",
        body="""
近日，潭河县出台《饲草料储备补助办法》，对冬春季储备饲草料的养殖户和合作社给予补助。
办法规定，储备青贮玉米、苜蓿干草等饲草料100吨以上的规模养殖场，按每吨30元给予补助，单户最高不超过3万元。
县农业农村局将在11月底前完成储备量核查，补助资金于明年1月发放到户。
""",
    ),
    dict(
        slug="print-stadium-opening-rules",
        site="澜江市体育场 打印页 (invented)",
        style="打印页",
        genre="须知",
        kind="rules",
        form="text",
        source="http://www.ljtyc.cn/print.aspx?id=412",
        title="澜江市体育场全民健身免费开放须知",
        record_title="打印 - 澜江市体育场全民健身免费开放须知",
        date="2024-01-02",
        notes="print view with print footer and URL line; articles speaking of 扫码 kept",
        page="""
!a 〔打印本页〕〔关闭〕
{T}
!m 发布日期：2024-01-02　来源：市体育场管理中心
{BODY}
!m 本页地址：http://www.ljtyc.cn/view.aspx?id=412
!p ［页 1／1］
""",
        body="""
一、开放时间：每天6:00—8:30、17:00—21:30，大型赛事活动期间暂停开放。
二、开放区域：田径跑道、足球场外围健身区。
三、进场请在南门闸机处扫码登记，或刷身份证入场。
四、请勿携带宠物、自行车和滑板进入跑道区域。
五、爱护公共设施，损坏照价赔偿。
""",
    ),
    dict(
        slug="print-archives-document-exchange",
        site="梓城县机关事务服务中心 打印 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jgsw.zicheng.gov.cn/print/2024/0223_45.html",
        title="关于调整公文交换站交换时间的通知",
        record_title="〔打印稿〕关于调整公文交换站交换时间的通知",
        date="2024-02-23",
        notes="HTML print view; 文号 neutral; schedule kept; print footer",
        page="""
<html><head><title>〔打印稿〕关于调整公文交换站交换时间的通知</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 打印⟧ ⟦a 返回⟧</div>
<h2>{T}</h2>
<p>梓机事〔2024〕6号</p>
{BODY}
<div class="foot">⟦m 打印时间：2024-03-01 10:22⟧</div>
<div class="foot">⟦p 第1页（共1页）⟧</div>
</body></html>
""",
        body="""
县直各单位：
为提高公文传递效率，经研究，自2024年3月1日起调整公文交换站交换时间：
上午交换　9:00—9:30
下午交换　15:00—15:30
紧急公文可随时送交换站登记，交换站当即安排专人送达。
请各单位通知机要交换员按时到站交换。
梓城县机关事务服务中心
2024年2月23日
""",
    ),
    dict(
        slug="mail-shipping-agency-request",
        site="企业邮箱转发 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://fw/2024-06-11/ccb21",
        title="关于增设港口船舶代理业务窗口的请示",
        record_title="Fw: 关于增设港口船舶代理业务窗口的请示",
        date="2024-06-07",
        date_also=["2024-06-11"],
        notes="forwarded mail headers; the request's own 附件 and 联系人; send date differs (also accepted)",
        page="""
!m 发件人：伍海明 <wuhm@tongzhou-shipagent.com>
!m 发送时间：2024年6月11日 星期二 10:05
!m 收件人：港口服务中心办公室
Fw: {T}
!m -------- 转发的邮件 --------
{BODY}
!d 此邮件及附件仅供指定收件人使用，如您误收，请立即删除。
!m 通州船舶代理有限公司　地址：通州港区海滨路3号
""",
        body="""
港口服务中心：
随着港区外贸航线增加，船舶代理业务量持续上升，今年1至5月我公司代理船舶412艘次，同比增长37%。现有业务大厅仅设一个船代窗口，高峰期船东等候时间较长。
为此，恳请在港口服务大厅增设一个船舶代理业务窗口，由我公司派员值守，办理进出港申报和单证交接。
妥否，请批示。
附件：2024年1—5月船舶代理业务统计表
联系人：伍海明，电话：0513-8625017
通州船舶代理有限公司
2024年6月7日
""",
    ),
    dict(
        slug="mail-cadastral-team-notice",
        site="自然资源局内部邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mail://zrzy/inbox/2023-08-14/7731",
        title="关于地籍调查外业作业安全注意事项的通知",
        record_title="转发：关于地籍调查外业作业安全注意事项的通知",
        date="2023-08-14",
        notes="forwarded notice; mail's own attachment header (chrome) next to the document's own 附件 line; 抄送 版记 kept",
        page="""
!m 发件人：测绘股 <chgu@yz-zrzy.gov.cn>
!m 时间：2023-08-14 16:40
!m 收件人：地籍调查一队；地籍调查二队
!m 附件：高温作业补贴申请表.xlsx (18K)
转发：{T}
{BODY}
!a 回复　全部回复　转发　删除
!m 盈泽县自然资源局邮件系统
""",
        body="""
各地籍调查队：
近期持续高温，外业作业强度大，为确保作业人员安全，现将有关事项通知如下：
1. 11:00至15:00之间停止露天测量作业，确需作业的缩短单次作业时间。
2. 外业小组每组不少于2人，配备防暑药品和充足饮用水。
3. 进入村庄农户院落测量，须有村干部陪同，佩戴工作证。
附件：高温作业补贴申请表
盈泽县自然资源局
2023年8月14日
抄送：局办公室、不动产登记中心
""",
    ),
]
