"""holdout175, part D: remote controls (遥控器). Every text, site, person and place invented."""

CASES = [
    dict(
        slug="news-remote-elderly-tv-text",
        site="筱川融媒 (invented news portal), text",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.xcrongmei.cn/shehui/2024/1209/99120.shtml",
        title="一键回看、大字菜单 筱川为独居老人换上“适老遥控器”",
        date="2024-12-09",
        notes="news as text: title repeated glued to lead, byline time, photo caption line between paragraphs",
        page="""
!m 筱川融媒　|　筱川县融媒体中心主办
!m 首页 > 社会 > 民生
{T}
!m 2024-12-09 10:15:26　来源：筱川融媒　记者：伍思琪
!a 分享到：
⟦t 一键回看、大字菜单 筱川为独居老人换上“适老遥控器”⟧{BODY}
!l 【相关新闻】筱川县新增三处老年助餐点
!m 责任编辑：庞清
!d 筱川融媒原创稿件，未经授权不得转载
""",
        body="""
“以前按错一个键电视就没了，现在这个遥控器只有六个大按键，我一看就会。”12月7日，家住城关镇的独居老人褚凤兰高兴地说。
⟦m 图为志愿者教老人使用适老遥控器。⟧
今年以来，筱川县民政局联合广电网络公司，为全县860户独居和高龄老人免费更换适老化遥控器，并同步开通电视大字菜单和一键回看功能。
县民政局相关负责人表示，下一步将把适老化改造延伸到智能手机和家用电器使用培训。
""",
    ),
    dict(
        slug="forum-remote-drone-controller-jammer-html",
        site="翼飞航模论坛 (invented Discuz-like forum)",
        style="论坛",
        genre="经验",
        kind="post",
        form="html",
        source="http://bbs.yifeimodel.net/thread-30271-1-1.html",
        title="新手必看：航模遥控器对频失败的五个原因",
        record_title="新手必看：航模遥控器对频失败的五个原因 - 新手入门 - 翼飞航模论坛 - Powered by Discuz!",
        date=None,
        notes="Discuz-like page with jammer fonts glued and between paragraphs; floor meta; no date (relative time)",
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="gbk"><title>新手必看：航模遥控器对频失败的五个原因 - 新手入门 - 翼飞航模论坛 - Powered by Discuz!</title></head><body>
<div id="hd">⟦m 翼飞航模论坛⟧ ⟦a 登录 | 立即注册 | 找回密码⟧</div>
<div id="pt">⟦m 翼飞航模论坛 › 新手入门 › 查看内容⟧</div>
<div class="pls">⟦m 楼主 飞不高的老鹰⟧ ⟦m 主题 31 帖子 502 积分 1388⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 发表于 4 天前 | 只看该作者 | 倒序浏览⟧</div>
<td class="t_f">
{BODY}
</td>
<div class="po">⟦l 回复 支持 反对 使用道具 举报⟧</div>
<div class="rate">⟦l 评分 参与人数 3 金币 +15⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦d 本站言论纯属发表者个人意见，与翼飞航模论坛立场无关⟧</div>
</body></html>
""",
        p_html="{}<br />",
        body="""
玩航模这几年，群里问得最多的就是遥控器和接收机对不上频。我总结了五个常见原因，供新手参考。
一是协议不一致，遥控器的发射协议和接收机不匹配，怎么对都对不上。
二是距离太近或太远，对频时两者最好保持半米到一米。
三是接收机没有进入对频状态，指示灯没有快闪就松开了对频键。
四是遥控器的模型记忆选错了，对频到了别的模型上。
五是固件版本太旧，升级后一般就能解决。
""",
    ),
    dict(
        slug="blog-remote-lost-under-sofa",
        site="慢半拍的日子 (invented blog), text",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="https://manbanpai.blog.example-host.cn/post/2025-02-11",
        title="找遥控器这件小事",
        record_title="找遥控器这件小事 - 慢半拍的日子 - 博客",
        date="2025-02-11",
        notes="blog as text: bracketed time line, tags, comment count, archive list; date from post time",
        page="""
!m 慢半拍的日子
!m 首页 ｜ 生活 ｜ 读书 ｜ 留言板
{T}
!m [2025年02月11日 20:07]　分类：生活　阅读(96)
{BODY}
!l 标签：家 遥控器 小事
!l 评论(3)　|　引用(0)　|　收藏
!l 最近文章：春节回老家的三天 ｜ 给女儿读的第一本书
!d 本博客文字均为原创，转载请注明出处
""",
        body="""
我们家每天晚上都要上演一场“寻找遥控器”的戏码。
沙发缝里、茶几底下、冰箱顶上，甚至有一次在洗衣机里找到了它。每次找到之后，大家都会发誓以后用完就放回原处，可第二天照旧。
后来女儿想了个办法，用一个旧饼干盒做了个“遥控器之家”，贴在电视柜旁边。
一个月过去了，我们再也没有为找遥控器吵过架。原来解决问题，有时只需要一个盒子。
""",
    ),
    dict(
        slug="wenku-remote-factory-sop-html-pages",
        site="墨丘文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.moqiuwenku.com/doc/5f91aa20.html",
        title="遥控器装配线静电防护作业指导书",
        record_title="遥控器装配线静电防护作业指导书（2024修订）- 墨丘文库",
        date=None,
        notes="文库 reader: page markers ⟬n⟭ as HTML paragraphs cutting sentences; preview-end pay prompt; no date",
        pages=dict(fmt="⟬{n}⟭", every=70, start=2),
        page="""
<html><head><meta charset="utf-8"><title>遥控器装配线静电防护作业指导书（2024修订）- 墨丘文库</title></head><body>
<div class="wk-top">⟦m 墨丘文库⟧ ⟦a 上传文档 | 开通会员 | 登录⟧</div>
<div class="wk-crumb">⟦m 墨丘文库 › 行业资料 › 电子制造⟧</div>
<h1>{T}</h1>
<div class="wk-info">⟦m 页数：3　|　阅读：1009　|　上传于 2024-11-30⟧</div>
<div class="wk-reader">
{BODY}
</div>
<div class="wk-end">⟦a 试读结束，剩余1页需付费阅读（￥3.80）⟧</div>
<div class="wk-btn">⟦a 下载本文档 | 收藏 | 举报⟧</div>
<div class="wk-foot">⟦d 墨丘文库所有资源均由用户上传，平台不对内容的准确性负责⟧</div>
</body></html>
""",
        body="""
1 目的：防止遥控器主板在装配过程中因静电放电受损，保证产品质量。
2 适用范围：适用于遥控器装配线插件、焊接、装壳、测试全部工位。
3 作业要求：作业人员进入装配区前必须穿防静电服、防静电鞋，佩戴防静电手环并测试合格。
4 主板须放在防静电托盘内周转，不得堆叠，不得用手直接接触元器件引脚。
5 检查要求：班组长每班开线前检查一次静电手环测试记录，品质部每周抽查一次接地电阻。
""",
    ),
    dict(
        slug="wechat-remote-ac-save-power-text",
        site="籁田供电服务 (invented WeChat account), mirror as text",
        style="公众号镜像",
        genre="科普",
        kind="article",
        form="text",
        source="https://wx.mirrorhub.cn/a/laitian-gongdian-0715",
        title="空调遥控器上这几个键，用对了能省不少电",
        date="2024-07-15",
        notes="WeChat mirror as text: account line with date, follow prompts top and bottom, in-body sentence about 扫码 kept",
        page="""
!a 点击蓝字　关注我们
{T}
!m 原创　籁田供电服务　籁田供电服务　2024年07月15日 18:00　四川
{BODY}
!l 往期推荐
!l 雷雨天气安全用电提示 ｜ 电费账单看不懂？一图读懂
!a 分享　收藏　点赞　在看
!d 以上内容转自公众号，仅作存档
""",
        body="""
盛夏用电高峰，空调成了家里的“用电大户”。其实，遥控器上几个常被忽略的按键，就能帮您省电。
“睡眠”键：开启后温度会在夜间自动小幅升高，既不影响睡眠又能省电。
“除湿”键：闷热潮湿的天气里，开除湿模式往往比制冷更舒适、更省电。
“定时”键：睡前设置两到三小时后自动关机，避免整夜运行。
扫描文末二维码，可下载“籁田电力”App查询每日用电量。
""",
    ),
    dict(
        slug="docshare-remote-battery-recycle-plan-html",
        site="阅享汇 (invented document-sharing site)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.yuexianghui.cn/doc/310028.html",
        title="社区“遥控器废电池回收”志愿服务活动方案",
        record_title=None,
        date="2024-04-22",
        notes="document share page, no title in record (h1 on page), upload notice and related list",
        page="""
<html><head><meta charset="utf-8"><title>阅享汇 - 文档在线分享平台</title></head><body>
<div class="top">⟦m 阅享汇⟧ ⟦a 上传赚收益 | 登录 | 注册⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 分享者：绿叶志愿队　格式：DOC　大小：36K⟧</div>
<div class="notice">⟦d 该文档为用户分享，平台仅提供信息存储空间⟧</div>
<div class="content">
{BODY}
</div>
<div class="rel"><h3>⟦l 相似文档⟧</h3><p>⟦l 垃圾分类进社区活动方案⟧</p><p>⟦l 环保志愿者招募启事⟧</p></div>
<div class="ft">⟦m 阅享汇 www.yuexianghui.cn⟧</div>
</body></html>
""",
        body="""
一、活动目的
家家户户的电视、空调遥控器每年都要更换电池，废电池随意丢弃会污染环境。本次活动旨在引导居民规范投放废电池。
二、活动时间和地点
4月27日上午9时至11时，笪湖街道文化广场。
三、活动内容
设置废电池回收点，居民每交10节废电池可兑换一节新电池；志愿者现场讲解废电池危害和分类知识。
四、人员安排
绿叶志愿服务队派出志愿者12名，社区工作人员3名负责秩序维护。
绿叶志愿服务队
2024年4月22日
""",
    ),
    dict(
        slug="corp-remote-warranty-notice-text",
        site="澜声电器官网 (invented), text",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="https://www.lanshengdq.com/service/notice/2025-01.html",
        title="关于延长智能电视遥控器保修期的公告",
        record_title="关于延长智能电视遥控器保修期的公告-澜声电器",
        date="2025-01-20",
        notes="company site as text: service hotline in header chrome vs document's own 服务电话 in body",
        page="""
!m 澜声电器　让家更有声色
!w 服务热线 400-687-1100　|　在线客服
!m 首页 / 服务支持 / 服务公告
{T}
!m 发布：2025-01-20
{BODY}
!l 返回列表
!l 热门服务：上门安装预约　|　维修进度查询　|　配件商城
!d ©2025 澜声电器股份有限公司 保留所有权利
!m 粤ICP备16051827号-1
""",
        body="""
尊敬的用户：
为感谢广大用户的信赖，自2025年2月1日起，凡购买澜声品牌智能电视的用户，随机配送的语音遥控器保修期由一年延长至两年。
已过一年保修期但在两年以内的遥控器，出现按键失灵、语音无法识别等非人为故障的，可凭购机发票到当地售后网点免费维修或更换。
遥控器服务专线：0757-22318809。
澜声电器股份有限公司
2025年1月20日
""",
    ),
    dict(
        slug="qa-remote-ir-not-working-html",
        site="知了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.zhiliaowenda.cn/question/771203",
        title="空调遥控器按了没反应，换了电池也不行怎么办？",
        record_title="空调遥控器按了没反应，换了电池也不行怎么办？ - 知了问答",
        date="2024-08-03",
        notes="Q&A page: answer with 回答于 date taken as the page's date, vote bar, related questions",
        page="""
<html><head><meta charset="utf-8"><title>空调遥控器按了没反应，换了电池也不行怎么办？ - 知了问答</title></head><body>
<div class="q-top">⟦m 知了问答⟧ ⟦a 提问 | 登录⟧</div>
<div class="q-title"><h1>{T}</h1><p>⟦m 3个回答　·　浏览 5820⟧</p></div>
<div class="answer">
<div class="ans-meta">⟦m 家电维修匠人阿邝　回答于 2024-08-03⟧</div>
{BODY}
<div class="vote">⟦l 赞同 214　|　反对　|　评论 9　|　收藏⟧</div>
</div>
<div class="side"><h3>⟦l 相关问题⟧</h3><p>⟦l 空调遥控器显示正常但空调不响应⟧</p><p>⟦l 万能遥控器怎么设置⟧</p></div>
<div class="ft">⟦d 回答内容由用户提供，仅供参考⟧</div>
</body></html>
""",
        body="""
先别急着买新的，按下面的顺序排查一下。
1.用手机摄像头对着遥控器发射头按键，屏幕上看到紫色闪光说明遥控器在发射信号，问题多半出在空调接收端。
2.看不到闪光的，打开后盖检查电池弹片有没有生锈，用橡皮擦擦一擦。
3.遥控器摔过的，可能是内部晶振松脱，这种情况建议直接换一个原装遥控器。
如果以上都正常，就要请售后检查空调接收板了。
""",
    ),
    dict(
        slug="print-remote-meeting-room-rule-html",
        site="簕口港务集团 (invented), print view",
        style="打印页",
        genre="制度",
        kind="rule",
        form="html",
        source="http://www.lkport.com.cn/print.aspx?id=5531",
        title="会议室多媒体设备及遥控器使用管理规定",
        record_title="〔打印稿〕会议室多媒体设备及遥控器使用管理规定",
        date="2024-03-15",
        notes="print view: print footer marker and url line; rule articles; signature date",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕会议室多媒体设备及遥控器使用管理规定</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a 打印　|　返回⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦m 页面地址：http://www.lkport.com.cn/news.aspx?id=5531⟧</div>
<div class="pf">⟦m ╞ 第1页 共1页 ╡⟧</div>
</body></html>
""",
        body="""
第一条　为加强会议室多媒体设备管理，延长设备使用寿命，制定本规定。
第二条　会议室投影仪、电视、音响、空调的遥控器由综合办公室统一编号，固定存放于各会议室遥控器盒内，不得带离。
第三条　会议结束后，使用部门应关闭全部设备，将遥控器放回原处，并在使用登记本上签字。
第四条　遥控器丢失或人为损坏的，由使用部门照价赔偿。
第五条　本规定自印发之日起施行。
簕口港务集团综合办公室
2024年3月15日
""",
    ),
    dict(
        slug="mail-remote-hotel-procurement-reply",
        site="webmail reply chain (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mail://sent/2024-10/re-2031",
        title="关于更换客房电视遥控器的请示",
        record_title="答复：Re: 关于更换客房电视遥控器的请示.docx",
        title_in="file-name",
        date="2024-10-14",
        date_also=["2024-10-16"],
        notes="mail reply chain with quoted header lines; request 请示 with table rows and contact; mail send date differs",
        page="""
!m 发件人：总经理办公室 <gm@jintinghotel.cn>
!m 时间：2024-10-16 17:42
!m 主题：答复：Re: 关于更换客房电视遥控器的请示.docx
同意，请采购部按程序办理。
!m ------------------ 原始邮件 ------------------
!m 发件人：客房部 <housekeeping@jintinghotel.cn>
{T}
{BODY}
!d 本邮件及其附件含有保密信息，仅限收件人使用
!a 回复　|　转发　|　删除
""",
        body="""
总经理：
目前酒店客房电视遥控器多为2016年配置，按键磨损、失灵情况较多，近三个月客人投诉达27次。经统计，需更换的遥控器情况如下：
楼层　数量　主要问题
3—6层　96个　按键失灵
7—10层　88个　外壳破损
拟统一采购原装遥控器184个，预算约1.1万元。
妥否，请批示。
联系人：邬晓岚，分机8203。
客房部
2024年10月14日
""",
    ),
    dict(
        slug="training-remote-drone-pilot-course",
        site="翔宇无人机培训学校 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.xiangyu-uav.cn/news/2025/0305.html",
        title="2025年春季无人机操控员遥控器实操集训班开班通知",
        record_title="学员心声 | 2025年春季无人机操控员遥控器实操集训班开班通知",
        date="2025-03-05",
        notes="training school as text: 400 consult line and course ad between paragraphs; 报名电话 in body",
        page="""
!m 翔宇无人机培训学校　|　民航局授权培训机构
!w 报名咨询：400-099-6071（全天）
!m 首页 - 新闻动态 - 开班通知
{T}
!m 2025-03-05　教务处　阅读 712
{BODY}
!l 相关课程：多旋翼超视距驾驶员 ｜ 植保无人机操作手
!w 扫码添加招生老师微信，领取学习资料
!d Copyright © 翔宇无人机培训学校
""",
        body="""
各位学员：
2025年春季无人机操控员遥控器实操集训班定于3月15日开班，现将有关事项通知如下。
一、集训内容：遥控器握持姿势、摇杆模式设置、悬停与航线飞行、应急返航操作。
⟦l 【推荐】暑期青少年无人机编程营火热报名中⟧
二、集训时间：3月15日至3月29日，每天上午8:30至11:30。
三、学员需自带身份证复印件和两张一寸照片，遥控器和训练机由学校提供。
报名电话：0831-5286035（符老师）。
""",
    ),
]
