"""holdout61, part F: 公考论坛, 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发. Invented text."""

CASES = [
    dict(
        slug="gkforum-shangan-bee-essay",
        site="上岸吧公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="essay",
        form="text",
        source="http://bbs.shanganba.com/thread-41107-1-1.html",
        title="让“甜蜜产业”成为乡村振兴的新引擎",
        record_title="[申论范文] 让“甜蜜产业”成为乡村振兴的新引擎 - 申论交流 - 上岸吧",
        date=None,
        page="""
!m 上岸吧公考论坛 › 申论交流 › 范文点评
!t [申论范文] 让“甜蜜产业”成为乡村振兴的新引擎 - 申论交流 - 上岸吧
!m 楼主 冲鸭2025　发表于 5 天前　|　显示全部楼层
!a 本帖隐藏的内容需要回复才可以浏览
{BODY}
!l 1# 小镇做题家：第二段论据很扎实，收藏了
!l 2# 上岸上岸：求老师批改一下我的
!w 申论一对一批改，加V：sab_pigai
""",
        wrap=64,
        junk=dict(lines=1, glued=1),
        body="""
一只小小的蜜蜂，酿出的是农民增收的甜蜜事业。
发展“甜蜜产业”，要做好“引”的文章。引进良种、引进技术、引进企业，让传统养蜂走向规模化、标准化。
发展“甜蜜产业”，要做好“链”的文章。从蜂场到加工车间，从电商直播到蜂文化旅游，延长产业链就是拓宽增收路。
发展“甜蜜产业”，要做好“护”的文章。保护好生态，才有花开遍野，才有蜂飞蝶舞。
""",
    ),
    dict(
        slug="gkforum-html-kaoyou-interview-spa",
        site="考友汇 (invented)",
        style="公考论坛",
        genre="面试真题",
        kind="post",
        form="html",
        source="https://www.kaoyouhui.net/t/66391.html",
        title="2024年槿原市事业单位面试真题回忆（温泉旅游岗）",
        record_title=None,
        date="2024-08-31",
        page="""
<html><head><title>2024年槿原市事业单位面试真题回忆（温泉旅游岗） - 考友汇</title></head><body>
<div id="hd">⟦m 考友汇 · 公考人的交流社区⟧ ⟦a 登录 注册⟧</div>
<div id="pt">⟦m 考友汇 › 面试交流 › 真题回忆⟧</div>
<div class="post"><h1>{T}</h1>
<div class="authi">⟦m 一起上岸呀　发表于 2024-8-31 20:16⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="rate">⟦l 评分　参与人数 6　金币 +30　收起理由⟧</div></div>
<div id="ft">⟦m Archiver　手机版　小黑屋　考友汇⟧</div></body></html>
""",
        junk=dict(lines=0, glued=2),
        body="""
今天上午考的结构化，三道题，每题思考加作答共5分钟。
第一题：有游客在网上吐槽温泉景区“价高质低”，作为工作人员你怎么处理？
第二题：单位要举办温泉文化节，领导让你负责宣传，你怎么开展？
第三题：谈谈你对“旅游+康养”的理解。
考官七个，整体氛围比较友好，祝大家都能上岸。
""",
    ),
    dict(
        slug="wiki-baike-rubbing-entry",
        site="知源百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="entry",
        form="text",
        source="https://baike.zhiyuan.wiki/item/传拓",
        title="传拓",
        record_title="传拓_知源百科",
        date=None,
        page="""
!m 知源百科　｜　首页　分类　特色词条
!t 传拓_知源百科
!a 编辑　｜　讨论　｜　收藏　｜　分享
!m 本词条由“知源百科文化组”审核　浏览次数：88102　最近更新：2024-03-02
{BODY}
!l 参考资料　1. 《金石传拓技法》
!d 词条内容仅供参考，如有疑问请咨询专业人士。
""",
        body="""
传拓，是将碑刻、器物上的文字或图案用纸和墨拓印下来的一种传统技艺。
1 工具材料
主要有宣纸、拓包、墨、棕刷、白芨水等。
2 基本步骤
2.1 上纸：将湿润的宣纸平铺在碑面，用棕刷刷平。
2.2 捶打：待纸半干时，用拓包蘸墨轻轻捶拓。
2.3 揭纸：纸干后小心揭下，即成拓片。
2015年，某省将传拓技艺列入省级非物质文化遗产名录。
""",
    ),
    dict(
        slug="wiki-html-wenda-beekeeping-permit",
        site="农事百问 (invented)",
        style="百科问答",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.nongshi100.com/ask/5510.html",
        title="个人养蜂需要办理哪些手续？",
        record_title="个人养蜂需要办理哪些手续？-农事百问",
        date=None,
        page="""
<html><head><title>个人养蜂需要办理哪些手续？-农事百问</title></head><body>
<div class="hd">⟦m 农事百问　种养殖知识问答库⟧</div>
<div class="crumb">⟦m 首页 / 畜牧 / 特种养殖⟧</div>
<h1>{T}</h1>
<div class="m">⟦m 浏览 2.6万　收录于 2023年⟧</div>
<div class="ans"><p class="who">⟦m 农技员小吴 · 专业答主⟧</p>
{BODY}
</div>
<div class="fb">⟦l 这个回答对你有帮助吗？有帮助　没帮助⟧</div>
<div class="rel">⟦l 相关问题：蜂蜜能在网上卖吗？　转地放蜂要检疫吗？⟧</div></body></html>
""",
        body="""
根据《养蜂管理办法（试行）》，个人养蜂主要办理以下手续：
1.向县级农业农村部门备案，领取《养蜂证》。
2.转地放蜂的，应当在起运前向当地动物卫生监督机构申报检疫。
3.销售蜂蜜的，还应办理食品经营相关许可。
具体要求各地有差异，建议咨询当地畜牧站。
""",
    ),
    dict(
        slug="netdisk-yunguo-hotspring-plan",
        site="云果网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunguo.cn/s/8xQ2mA7c",
        title="榧溪温泉旅游节活动方案",
        record_title="榧溪温泉旅游节活动方案.wps",
        date="2024-10-08",
        page="""
!m 云果网盘 · 分享文件
!t 榧溪温泉旅游节活动方案.wps
!m 分享者：fx_wenlv　｜　分享时间：2024-10-09 11:20　｜　有效期：永久
!a 保存到我的网盘　普通下载　超级会员极速下载
!p 在线预览（第1页/共2页）
{BODY}
!a 预览仅显示部分内容，下载原文件查看全部
!d 请勿通过网盘传播违法违规内容，发现请举报。
""",
        date_also=["2024-10-09"],
        body="""
一、活动主题：汤暖榧溪·康养胜地
二、活动时间：2024年11月8日至11月10日
三、活动内容：
（一）开幕式暨温泉文化展；
（二）温泉康养论坛；
（三）游客“泡汤打卡”集章活动，集满5个汤池印章可兑换纪念品。
四、经费预算：约45万元，由县文旅局和参展企业共同承担。
榧溪县文化和旅游局
2024年10月8日
""",
    ),
    dict(
        slug="netdisk-html-baihe-lantern-safety",
        site="百盒云盘 (invented)",
        style="网盘分享",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.baihepan.com/share/init?surl=Lt9cW2",
        title="在灯会安全工作部署会上的讲话",
        record_title="在灯会安全工作部署会上的讲话.docx",
        date="2025-02-06",
        page="""
<html><head><title>在灯会安全工作部署会上的讲话.docx_免费高速下载|百盒云盘</title></head><body>
<div class="nav">⟦m 百盒云盘⟧ ⟦a 客户端下载　开通会员⟧</div>
<div class="file"><h2>⟦t 在灯会安全工作部署会上的讲话.docx⟧</h2>
<p>⟦m 18.2KB　2025-02-07 21:33 过期时间：永久有效⟧</p>
<p>⟦a 保存到网盘　下载⟧</p></div>
<div class="preview"><h3>{T}</h3><p>枳湖镇镇长　邵远航</p><p>（2025年2月6日）</p>
{BODY}
</div>
<div class="ft">⟦d 百盒云盘 不对用户分享内容负责 | 侵权投诉⟧</div></body></html>
""",
        pages=dict(fmt="-- 第{n}页 --", every=90, start=2),
        body="""
同志们：
再过几天，一年一度的元宵灯会就要开幕了。去年灯会三天接待游客12万人次，今年预计还会增加。
安全是灯会的生命线。各部门要把责任落实到每一个灯组、每一个路口、每一个岗位。
派出所要做好人流监测，卫生院要在现场设立医疗点，供电所要安排专人值守。
希望大家守土尽责，确保灯会平安祥和。
""",
    ),
    dict(
        slug="snapshot-kuaizhao-bee-subsidy",
        site="搜易快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://cache.souyi.com/c?m=9d78d513d9&u=http://nyncj.qiuyuan.gov.cn/tz/1102.html",
        title="关于申报2025年中蜂养殖补贴的通知",
        record_title="关于申报2025年中蜂养殖补贴的通知 - 楸原县农业农村局",
        date="2025-03-02",
        page="""
!m 这是 http://nyncj.qiuyuan.gov.cn/tz/1102.html 的快照，是网页在2025年3月9日的存档。
!m 当前页面可能已经更改。请点击此处查看最新网页。
!m 搜易快照提示：以下关键词已高亮：中蜂 补贴
{T}
!m 楸原县农业农村局　发布时间：2025-03-03
{BODY}
!m 楸原县农业农村局 版权所有
""",
        date_also=["2025-03-03"],
        indent="\u3000\u3000",
        body="""
各乡镇农业综合服务中心：
为扶持中蜂产业发展，现开展2025年中蜂养殖补贴申报工作。
一、补贴对象：本县范围内活框饲养中蜂10箱以上的养殖户。
二、补贴标准：每箱补贴40元，每户最高不超过4000元。
三、申报材料：申请表、身份证复印件、蜂箱照片。申请表可在局网站下载。
请各乡镇于3月31日前汇总上报。
楸原县农业农村局
二〇二五年三月二日
""",
    ),
    dict(
        slug="snapshot-html-lipin-stele-notice",
        site="立品网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://snap.lipin.com/cache?url=wlj.liyang.gov.cn/tzgg/3021.html",
        title="关于开展第二次碑刻文物普查登记的通知",
        date="2024-04-11",
        page="""
<html><head><title>关于开展第二次碑刻文物普查登记的通知 - 立品快照</title></head><body>
<div class="snapbar">⟦m 立品快照：您查看的是 wlj.liyang.gov.cn/tzgg/3021.html 在 2024-05-02 06:13 的快照⟧ ⟦a 查看原网页⟧</div>
<div class="orig">
<div>⟦m 栎阳市文化广电旅游局⟧</div>
<div>⟦m 首页 &gt; 通知公告⟧</div>
<h1>{T}</h1>
<p>⟦m 发布日期：2024-04-11　字体：【大】【中】【小】⟧</p>
{BODY}
</div></body></html>
""",
        body="""
各县（市、区）文化广电旅游局：
为摸清全市碑刻文物家底，决定开展第二次碑刻文物普查登记工作。
一、普查范围：全市境内各类碑刻、摩崖石刻和墓志。
二、普查内容：名称、年代、位置、尺寸、保存状况，并拍摄照片、制作拓片。
三、时间安排：2024年5月至10月。
普查数据请通过普查系统上传。
联系人：文物科 何远　电话：029-8622741　邮箱：lywwk@163.com
""",
    ),
    dict(
        slug="print-zhihu-hotspring-rule",
        site="汤泉坪温泉员工手册打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="text",
        source="http://www.tqpspa.com/print.php?id=77",
        title="汤池救生员岗位职责",
        record_title="打印预览 - 汤池救生员岗位职责",
        date=None,
        page="""
!t 打印预览 - 汤池救生员岗位职责
!m http://www.tqpspa.com/print.php?id=77
{T}
{BODY}
!m 打印时间：2025/3/14 下午3:22:10
!p 第1页，共1页
""",
        body="""
1.上岗前检查救生器材，确保救生圈、救生杆、急救箱齐全有效。
2.值守期间不得离岗、不得玩手机，每15分钟巡视一次所辖汤池。
3.发现游客饮酒、身体不适，应及时劝阻其下池。
4.发生溺水事件，立即施救并报告值班经理。
""",
    ),
    dict(
        slug="print-html-chunxi-apiary-rules",
        site="椿溪县畜牧站 (invented)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="html",
        source="http://xmz.chunxi.gov.cn/print/2024/0513.html",
        title="椿溪县蜂场防疫管理制度",
        date="2024-05-13",
        page="""
<html><head><title>椿溪县蜂场防疫管理制度-打印</title><style>@media print{.noprint{display:none}}</style></head><body>
<div class="noprint">⟦a [打印本页]　[关闭窗口]⟧</div>
<h2>{T}</h2>
<p class="meta">⟦m 椿溪县畜牧站　2024-05-13⟧</p>
{BODY}
<p class="url">⟦m 本页地址：http://xmz.chunxi.gov.cn/print/2024/0513.html⟧</p></body></html>
""",
        body="""
第一条　蜂场应建立养殖档案，如实记录蜂群来源、用药和检疫情况。
第二条　新购蜂群须隔离观察15天，确认无疫病后方可合群。
第三条　发现蜂群异常死亡，应在24小时内报告乡镇畜牧兽医站。
第四条　禁止使用国家禁用兽药防治蜂病。
""",
    ),
    dict(
        slug="mail-fwd-tapian-exhibition",
        site="企业邮箱转发 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:bwg@liyang-museum.cn",
        title="关于商借碑刻拓片参加联展的函",
        record_title="Fwd: 关于商借碑刻拓片参加联展的函",
        date="2024-08-06",
        date_also=["2024-08-07"],
        page="""
!m 发件人：栎阳市博物馆办公室 <bgs@liyang-museum.cn>
!m 发送时间：2024年8月7日(星期三) 上午9:41
!m 收件人：陈石 <chenshi@lywb.cn>
!t 主题：Fwd: 关于商借碑刻拓片参加联展的函
!m 陈老师，转给您看一下，请尽快回复。
!m ---------- 转发的邮件 ----------
{BODY}
!d 本邮件及其附件含有保密信息，仅限于发送给上述收件人使用。
!a 回复　回复全部　转发　删除
""",
        body="""
栎阳市文物保护中心：
我馆拟于2024年10月举办“石上春秋——三地碑刻拓片联展”，特商借贵中心馆藏拓片20件参展，借展期限3个月。
展品的包装、运输和保险费用由我馆承担，展览期间由专人负责安全。
如蒙同意，请于8月20日前函复。
联系人：办公室 周蓓　电话：029-8630112
附件：拟借展品清单
栎阳市博物馆
2024年8月6日
""",
    ),
    dict(
        slug="mail-html-fengye-newsletter",
        site="檀口蜂业协会邮件简报 (invented)",
        style="邮件转发",
        genre="简报",
        kind="report",
        form="html",
        source="https://mail.tkfengye.org.cn/newsletter/2024-11.html",
        title="檀口蜂业简报（2024年第11期）",
        record_title="转发：檀口蜂业简报（2024年第11期）",
        date="2024-11-28",
        page="""
<html><head><title>转发：檀口蜂业简报（2024年第11期）</title></head><body>
<table class="mailhead"><tr><td>⟦m 发件人：檀口县蜂业协会秘书处⟧</td></tr>
<tr><td>⟦m 日期：2024-11-29 08:00⟧</td></tr><tr><td>⟦m 收件人：全体会员⟧</td></tr></table>
<div class="mailbody"><h2>{T}</h2>
<p>檀口县蜂业协会秘书处编　2024年11月28日</p>
{BODY}
</div>
<div class="unsub">⟦a 如不希望继续收到本简报，请点击退订⟧</div>
<div class="mfoot">⟦m 本邮件由系统自动发送，请勿直接回复⟧</div></body></html>
""",
        date_also=["2024-11-29"],
        body="""
【协会动态】11月20日，协会组织30名会员赴槿原市考察中蜂标准化蜂场。
【市场行情】本月椴树蜜收购价每公斤42元，较上月上涨2元。
【技术提示】入冬后要做好蜂群保温，缺蜜群及时补喂。
报：县农业农村局
送：各乡镇畜牧兽医站
发：全体会员
""",
    ),
]
