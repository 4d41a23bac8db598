"""holdout46, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Invented text throughout."""

CASES = [
    dict(
        slug="localforum-html-weidu-ferry-stop-jammer",
        site="苇渡生活网 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="https://bbs.weidu0739.com/forum.php?mod=viewthread&tid=90117",
        title="关于上埠渡口临时停渡的公告",
        record_title="【扩散】关于上埠渡口临时停渡的公告，要过河的看过来！",
        date="2025-07-08",
        date_also=["2025-07-09"],
        notes="county forum repost with jammer fonts and floors; post time differs from the notice date",
        junk=dict(lines=0, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>【扩散】关于上埠渡口临时停渡的公告，要过河的看过来！ - 苇渡杂谈 - 苇渡生活网</title></head><body>
<div id="toptb">⟦m 苇渡生活网⟧ ⟦a 用户名 密码 自动登录 找回密码⟧</div>
<div id="pt">⟦m 苇渡生活网 › 苇渡杂谈 › 帖子⟧</div>
<div class="ts">⟦t 【扩散】关于上埠渡口临时停渡的公告，要过河的看过来！⟧</div>
<div class="authi">⟦m 河东小王 发表于 2025-7-9 07:12⟧ ⟦m 查看: 5731 回复: 66⟧</div>
<div class="t_f"><h3>{T}</h3>
{BODY}
</div>
<div>⟦l 2# 上埠人：收到，绕大桥走吧⟧</div>
<div>⟦l 3# 芦花妹：啥时候复航？⟧</div>
<div>⟦a 回复　引用　举报⟧</div>
<footer>⟦m 苇渡生活网 wd0739.com 客服热线：0739-4400800⟧</footer>
</body></html>
""",
        body="""
因上游水库泄洪，河道水位持续上涨，为确保群众出行安全，上埠渡口自2025年7月8日12时起临时停渡，复航时间另行通知。
停渡期间，过河群众请绕行苇渡大桥，学生上下学由镇里安排车辆接送。
咨询电话：上埠乡政府 0739-4418036。
上埠乡人民政府
2025年7月8日
""",
    ),
    dict(
        slug="localforum-yanchang-pledge-text-oneline",
        site="卤湾论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="pledge",
        form="text",
        source="http://www.luwanbbs.cn/thread-22817-1.html",
        title="保护卤湾滩涂湿地倡议书",
        record_title="保护卤湾滩涂湿地倡议书",
        date=None,
        notes="forum post with the whole body on one line; no date (post says 昨天)",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 卤湾论坛 > 海边那些事
{T}
!m 楼主：赶海的阿珍　昨天 21:40
{BODY}
!l 沙发：支持！周末一起去捡垃圾
!a 点评　回复　分享
!m 卤湾论坛 版权所有
""",
        body="""
全区居民朋友们：
卤湾滩涂湿地是候鸟迁徙的重要驿站，也是老盐场留给我们的宝贵财富。
我们倡议：不在滩涂随意丢弃垃圾，不捕捉、惊扰鸟类，不私自挖沙取土。
让我们一起守护这片滩涂，让白鹭年年回来。
""",
    ),
    dict(
        slug="download-html-zhenshan-forge-rules-fileinfo",
        site="材料下载屋 (invented)",
        style="资料下载站",
        genre="制度",
        kind="rule",
        form="html",
        source="http://www.cailiaoxzw.com/soft/doc/44081.html",
        title="锻造车间安全操作规程",
        record_title="锻造车间安全操作规程.doc下载",
        date=None,
        notes="old download-station table with file info, mirror links, unzip password and dead-link report; numbered rules speak of 复制 as content",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>锻造车间安全操作规程.doc下载_材料下载屋</title></head><body>
<table width="980"><tr><td>⟦m 材料下载屋 - 办公文档免费下载⟧</td></tr>
<tr><td>⟦m 当前位置：首页 → 办公文档 → 规章制度⟧</td></tr></table>
<table class="info">
<tr><td>⟦m 文件大小：26 KB⟧</td><td>⟦m 文件格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2024-12-02⟧</td><td>⟦m 下载次数：1207⟧</td></tr>
</table>
<h3>{T}</h3>
<div class="intro">
{BODY}
</div>
<table><tr><td>⟦a 电信下载一⟧</td><td>⟦a 联通下载二⟧</td><td>⟦a 备用下载三⟧</td></tr></table>
<div>⟦a 解压密码：www.cailiaoxzw.com⟧ ⟦a 下载地址失效请点此报告⟧</div>
<div>⟦d 本站资源均来自网络，仅供学习研究，请于下载后24小时内删除⟧</div>
</body></html>
""",
        body="""
1.操作前检查空气锤、夹钳等工具是否完好，不得带病作业。
2.加热炉点火前应先通风，严禁用汽油引火。
3.锻打时操作者与司锤工应密切配合，统一信号。
4.工件图纸不得随意复制外传，用后交回技术组。
5.下班前关闭电源、气源，清理场地。
""",
    ),
    dict(
        slug="download-luting-summary-text-markers",
        site="范本下载站 (invented)",
        style="资料下载站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.fanbenxz.net/zongjie/39921.html",
        title="芦汀镇2024年渡口安全管理工作总结",
        record_title="芦汀镇2024年渡口安全管理工作总结（word版）",
        date="2024-12-20",
        notes="download text page; page markers of my own cut paragraphs; crawl stamp not a date",
        indent="\u3000\u3000",
        pages=dict(fmt="⧼{n}⧽", every=80, start=2, glue=True),
        page="""
!m 范本下载站 fanbenxz.net
!m 资料类型：工作总结　　授权：免费　　语言：简体中文
!a 【点击下载Word文档】
{T}
{BODY}
!m 本页采集时间：2025-02-03 04:11
!a 下载帮助 | 报告错误 | 加入收藏
""",
        body="""
2024年，芦汀镇认真落实渡口安全管理责任，全年渡运群众21万人次，未发生安全事故。
一是健全责任体系，镇、村、渡口三级责任人全部签订责任书，渡口管理员持证上岗率100%。
二是加强隐患整治，更换救生衣160件，维修候船亭3座，淘汰木质渡船2艘。
三是强化汛期值守，汛期停渡11次，疏导候渡群众800余人次。
芦汀镇人民政府
2024年12月20日
""",
    ),
    dict(
        slug="exam-html-zhaoxi-interview-notice",
        site="棹溪县人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zxrsks.gov.cn/ksgg/2025/0523/1091.html",
        title="棹溪县2025年公开招聘渡口管理员面试公告",
        record_title="【考试公告】棹溪县2025年公开招聘渡口管理员面试公告",
        date="2025-05-23",
        notes="exam portal with login box and technical line; committee's 咨询电话 kept; table of candidates; 下载打印准考证 content",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【考试公告】棹溪县2025年公开招聘渡口管理员面试公告-棹溪县人事考试网</title></head><body>
<div class="login">⟦a 考生登录　身份证号 密码 登录⟧</div>
<header>⟦m 棹溪县人事考试网⟧ <nav>⟦m 首页 考试公告 成绩查询 政策法规⟧</nav></header>
<h1>{T}</h1>
<div class="src">⟦m 来源：县人社局　发布时间：2025-05-23　阅读：2871⟧</div>
{BODY}
<footer>⟦w 网站技术支持电话：0570-8012345（仅限报名系统问题）⟧<br>⟦m 棹溪县人力资源和社会保障局主办⟧</footer>
</body></html>
""",
        body="""
根据招聘工作安排，现将面试有关事项公告如下。
一、面试人员名单：
准考证号　姓名　岗位
2025060103　陈海波　渡口管理员
2025060117　刘晨　渡口管理员
二、面试时间：2025年6月7日上午8:00。
三、请考生于6月3日起登录本网站下载打印面试通知书。
四、政策咨询电话：0570-8026611。
棹溪县人力资源和社会保障局
2025年5月23日
""",
    ),
    dict(
        slug="exam-yanchang-results-text",
        site="卤湾人事考试中心 (invented)",
        style="人事考试网",
        genre="公示",
        kind="notice",
        form="text",
        source="http://rsks.luwan.gov.cn/gs/2025/06/1188.shtml",
        title="卤湾区盐业事务中心2025年公开招聘拟聘用人员公示",
        record_title="卤湾区盐业事务中心2025年公开招聘拟聘用人员公示",
        record_date="2025-06-20",
        date="2025-06-20",
        notes="record gives the date; supervision phone in body; footer technical hotline",
        page="""
!m 卤湾人事考试中心 >> 公示公告
{T}
!m 发布：2025-06-20　　阅读次数：1504
{BODY}
!a 【打印】　【关闭】
!w 报名系统咨询：0596-3300321
""",
        body="""
经笔试、面试、体检和考察，拟聘用以下人员，现予公示。
姓名　性别　岗位
周海燕　女　盐田生产技术员
吴志远　男　安全管理员
公示期为2025年6月20日至26日。如有异议，请向区人社局反映，监督电话：0596-3300712。
""",
    ),
    dict(
        slug="tender-html-mifeng-workshop-ca",
        site="苇渡县公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="notice",
        form="html",
        source="https://ggzy.weidu.gov.cn/jyxx/zfcg/2025/0610/3301.html",
        title="蜜岭镇蜂蜜加工车间建设项目招标公告",
        record_title="蜜岭镇蜂蜜加工车间建设项目招标公告",
        date="2025-06-10",
        notes="tender platform with CA box and countdown; buyer and agency contacts kept; tender lot table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>蜜岭镇蜂蜜加工车间建设项目招标公告</title></head><body>
<header>⟦m 苇渡县公共资源交易网⟧ <nav>⟦m 交易信息 | 办事指南 | 政策法规 | 诚信体系⟧</nav></header>
<div class="ca">⟦w CA证书办理及驱动问题请拨：400-660-1234⟧</div>
<div class="cd">⟦m 距投标截止还有：12天⟧</div>
<h2>{T}</h2>
<div class="m">⟦m 信息时间：2025-06-10　浏览：357⟧</div>
{BODY}
<div>⟦a 下载招标文件（需登录）⟧</div>
<footer>⟦m 苇渡县公共资源交易中心　技术支持：某某信息公司⟧</footer>
</body></html>
""",
        body="""
一、项目名称：蜜岭镇蜂蜜加工车间建设项目
二、招标范围：
标段　内容　最高限价（万元）
一标段　车间土建　186
二标段　灌装设备　94
三、投标截止时间：2025年6月30日9时30分。
四、招标人：蜜岭镇人民政府，联系人：严先生，电话：0597-7681033。
招标代理机构：苇渡恒信工程咨询有限公司，联系人：许女士，电话：0739-4423356。
""",
    ),
    dict(
        slug="tender-yaowu-bidresult-text",
        site="窑坞阳光采购 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="text",
        source="http://cg.yaowu.gov.cn/zbgg/2025-0319-77.html",
        title="青窑坞龙窑窑棚修缮工程中标结果公告",
        record_title="青窑坞龙窑窑棚修缮工程中标结果公告_中标公告_窑坞阳光采购",
        date="2025-03-19",
        notes="bid result; platform hotline vs agency contact; table",
        page="""
!m 窑坞阳光采购平台
!m 首页 > 中标公告
{T}
!m 发布时间：2025年03月19日　　　【我要打印】【关闭】
{BODY}
!w 平台服务热线：400-818-5050
!m 主办单位：窑坞区财政局
""",
        body="""
一、项目编号：YW-CG-2025-031
二、中标结果：
中标单位　中标金额（元）
青窑建筑工程有限公司　462800
三、公告期限：自本公告发布之日起1个工作日。
四、采购代理机构联系人：孟工，电话：0579-8855201。
""",
    ),
    dict(
        slug="lawfirm-html-fengnong-contract-consult",
        site="明渡律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="html",
        source="https://www.mingdulaw.cn/guandian/2025/417.html",
        title="蜂农与收购商签订购销合同要注意哪些问题",
        record_title="律师说法｜蜂农与收购商签订购销合同要注意哪些问题",
        date="2025-05-16",
        notes="law firm with a consult float; disclaimer; 发布于 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>律师说法｜蜂农与收购商签订购销合同要注意哪些问题 - 明渡律师事务所</title></head><body>
<header>⟦m 明渡律师事务所　MINGDU LAW FIRM⟧ <nav>⟦m 首页 律所简介 专业领域 律师团队 律所观点⟧</nav></header>
<h1>{T}</h1>
<div class="meta">⟦m 发布于 2025-05-16　作者：苏文律师⟧</div>
{BODY}
<div class="float">⟦w 免费法律咨询　电话/微信：139 0739 5521⟧</div>
<div>⟦d 本文仅为一般性法律知识介绍，不构成正式法律意见⟧</div>
<footer>⟦m 地址：苇渡县滨江路66号　湘ICP备21008877号⟧</footer>
</body></html>
""",
        body="""
每到采蜜季，不少蜂农会和收购商签订购销合同。结合办案经验，提醒大家注意以下几点。
第一，写清质量标准。合同应约定蜂蜜的波美度、水分等指标和检测方法。
第二，约定付款期限。尽量约定“款到发货”或收货后若干日内付清。
第三，保留交易凭证。过磅单、收条要妥善保存。
""",
    ),
    dict(
        slug="lawfirm-yanchang-lecture-text",
        site="海岸律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="speech",
        form="text",
        source="http://www.haianlawyer.com/news/20250312.html",
        title="盐场职工工伤认定常见问题——在卤湾盐场普法讲座上的讲稿",
        record_title="以案释法｜盐场职工工伤认定常见问题——在卤湾盐场普法讲座上的讲稿",
        date="2025-03-12",
        notes="lecture on a law firm site; date under title; consult prompt between paragraphs",
        page="""
!m 海岸律师事务所 · 律所动态
{T}
主讲人：海岸律师事务所律师　方立
（2025年3月12日）
{BODY}
!d 本文版权归海岸律师事务所所有，转载请注明出处。
!m 律所地址：卤湾区海滨路21号
""",
        body="""
各位职工朋友：
今天和大家聊一聊工伤认定中常见的几个问题。
一、上下班途中受伤算不算工伤？在合理时间、合理路线上受到非本人主要责任的交通事故伤害，应当认定为工伤。
⟦w 遇到工伤纠纷？点击右侧在线咨询，律师一对一解答⟧
二、工伤认定申请期限是多久？用人单位应在30日内提出，单位不提出的，职工本人可在1年内提出。
谢谢大家！
""",
    ),
]
