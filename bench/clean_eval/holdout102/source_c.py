"""holdout102, part C: greenways (management rules, rangers, routes) and trail running
(race rules, volunteers, liability, a cancellation). Invented text."""

CASES = [
    dict(
        slug="gov-bishui-greenway-rules-scan-html",
        site="碧水市住房和城乡建设局 (invented)",
        style="政府门户",
        genre="办法",
        kind="regulation",
        form="html",
        source="https://zjj.bishui.example.gov.cn/zcfg/2025/0520/8812.html",
        title="碧水市绿道管理办法",
        record_title="碧水市绿道管理办法_政策法规_碧水市住房和城乡建设局",
        date="2025-05-20",
        notes="regulation whose articles speak of 扫码/打印/下载 (kept); portal with an 索引号 table, a 'related interpretation' link between articles, share bar, error-report link",
        page="""
<html><head><meta charset="utf-8"><title>碧水市绿道管理办法_政策法规_碧水市住房和城乡建设局</title></head><body>
<div class="top">⟦m 碧水市住房和城乡建设局⟧ ⟦a 简体 | 繁體⟧ ⟦a 智能问答⟧</div>
<div class="nav">⟦m 首页 | 新闻中心 | 政务公开 | 政策法规 | 政务服务⟧</div>
<div class="path">⟦m 首页 > 政策法规 > 规范性文件⟧</div>
<table class="syh"><tr><td>⟦m 索引号：11430900MB1C22-2025-0041⟧</td><td>⟦m 成文日期：2025-05-20⟧</td></tr></table>
<h1>{T}</h1>
<div class="con">
{BODY}
</div>
<div class="jc">⟦a 我要纠错⟧ ⟦a 打印本页⟧ ⟦l 分享：微信 微博⟧</div>
<div class="foot">⟦d 主办：碧水市住房和城乡建设局　承办：市住建信息中心⟧ ⟦m 网站标识码：4309000033⟧</div>
</body></html>
""",
        body="""
第一条　为规范绿道的建设、管理和使用，保障使用者安全，根据有关法律法规，结合本市实际，制定本办法。
第二条　本办法所称绿道，是指沿河滨、溪谷、山脊和道路等自然或人工廊道建设，供步行、骑行等慢行活动使用的线性绿色开敞空间。
⟦l 相关解读：《碧水市绿道管理办法》政策问答⟧
第三条　绿道管理单位应当在出入口设置二维码标识，使用者扫码即可查询线路、服务驿站和紧急求助电话。
第四条　禁止机动车驶入绿道，但执行救援、养护任务的车辆除外。
第五条　绿道养护巡查记录应当每日填写，每月打印归档；线路图等资料可在市住建局网站下载。
第六条　本办法自2025年7月1日起施行。
""",
    ),
    dict(
        slug="blog-ranger-greenway-walk-notes",
        site="慢行者的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://manxingzhe.blog.example.cn/post/2025/04/greenway-19km.html",
        title="走完桂溪绿道十九公里，记下几点建议",
        record_title="【徒步随记】走完桂溪绿道十九公里，记下几点建议 | 慢行者的博客",
        date="2025-04-06",
        notes="blog: bracketed post time as the page date, tag cloud and archive, a 'previous post' link, comment form",
        page="""
!m 慢行者的博客 · 走路的人看城市
!m 首页　归档　关于　友情链接
!t 【徒步随记】走完桂溪绿道十九公里，记下几点建议
!m [2025-04-06 21:33]　分类：城市慢行　阅读(318)　评论(6)
{BODY}
!l 标签云：绿道 徒步 城市规划 骑行 公园
!l 文章归档：2025年4月(3) 2025年3月(5) 2025年2月(2)
!l « 上一篇：清明雨中的老城墙根
!a 发表评论：昵称（必填） 邮箱（不公开） 提交
!d 本博客文章均为原创，转载请注明出处
""",
        body="""
周日天气好，我从桂溪公园南门出发，沿着绿道一直走到石牛渡，全程十九公里，用了四个半小时。
整体感受是路面平整、标识清楚，沿途三个驿站都有饮水和卫生间。
不过也有几处需要改进：一是石牛渡附近一段没有遮阴，夏天会很晒；二是部分路段电动车骑得很快，行人有安全隐患；三是驿站的开放时间没有公示。
我已经通过市民热线把这些建议反映上去了，希望下次再走时能看到变化。
""",
    ),
    dict(
        slug="collection-old-planner-greenway-speech",
        site="《溪畔文稿》个人文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wenji.example.net/xipan/juan2/27.html",
        title="在全市绿道建设现场推进会上的讲话",
        record_title="《溪畔文稿》卷二·第27篇｜在全市绿道建设现场推进会上的讲话",
        date="2016-10-18",
        notes="a retired planner's collection: chapter nav, the collector's note, Chinese-numeral date under the speech title (speaker line neutral), prev/next chapter",
        page="""
!m 溪畔文稿 · 卷二 规划杂记
!l 目录 | 上一篇 | 下一篇
!t 《溪畔文稿》卷二·第27篇｜在全市绿道建设现场推进会上的讲话
市规划局副局长　温启山
（二〇一六年十月十八日）
{BODY}
!m 整理者按：此稿系作者退休后据笔记整理，个别数字与当年公开报道略有出入。
!l ← 第26篇：老城更新的几点思考　　第28篇：写给年轻规划师的信 →
!d 文集内容版权归作者所有
""",
        body="""
同志们：
今天我们在桂溪绿道一期现场召开推进会，就是要实地看看成效、找找差距。
一期工程建成后，周边居民从“没处走”变成了“走不完”，这说明绿道建设顺应了群众期盼。
二期工程要坚持“连山、串水、通城”的思路，把分散的公园、广场和滨水空间串联起来。
建设中要尽量少砍树、少动土，能利用现有道路的不新建，把钱花在群众最需要的地方。
""",
    ),
    dict(
        slug="qa-greenway-ebike-allowed",
        site="邻答 问答社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.linda.example.com/q/55120987",
        title="绿道上可以骑电动自行车吗？被劝阻了很委屈",
        record_title="绿道上可以骑电动自行车吗？被劝阻了很委屈 - 邻答",
        date="2025-07-15",
        notes="Q&A: the best answer with an answerer card and 回答于 date; follow/invite buttons, a 'more answers' fold, related questions and a notice",
        page="""
!m 邻答 — 有问题，问邻居
!t 绿道上可以骑电动自行车吗？被劝阻了很委屈
!m 关注问题　邀请回答　写回答
!m 3 个回答　默认排序
!m 清河路的老周　城市慢行志愿者　回答于 2025-07-15
{BODY}
!a 赞同 42　反对　收藏　分享
!l 查看全部 3 个回答
!l 相关问题：绿道驿站晚上几点关门？
!d 答案仅代表答主个人观点，不代表邻答立场
""",
        body="""
看你在哪个城市。以我们碧水市为例，《碧水市绿道管理办法》明确禁止机动车驶入，电动自行车虽然不算机动车，但多数绿道入口都有“禁止电动车通行”的标志。
主要原因是绿道路面窄，步行的老人孩子多，电动车速度快，容易撞人。
如果确实要通行，可以推行通过，或者走与绿道平行的非机动车道。
被劝阻别委屈，管理员也是为了大家的安全。
""",
    ),
    dict(
        slug="download-greenway-design-plan-old-table-html",
        site="工程资料下载站 (invented, old table layout)",
        style="资料下载站",
        genre="方案",
        kind="plan",
        form="html",
        source="http://www.gczlxz.example.com/soft/31877.html",
        title="城区滨河绿道二期工程设计说明",
        record_title="城区滨河绿道二期工程设计说明 Word版 免费下载",
        date=None,
        notes="download station's file-info table with mirror links and a dead-link report, a 'download tips' notice, star rating; no date (update stamp only)",
        page="""
<html><head><meta charset="gb2312"><title>城区滨河绿道二期工程设计说明 Word版 免费下载</title></head><body>
<table width="980"><tr><td>⟦m 工程资料下载站⟧</td><td>⟦m 找资料，上工程资料下载站⟧</td></tr></table>
<table><tr><td>⟦m 资料类别：市政园林 / 设计说明⟧</td></tr><tr><td>⟦m 资料大小：1.2MB　资料格式：.doc⟧</td></tr>
<tr><td>⟦m 更新时间：2025-03-17⟧</td></tr><tr><td>⟦l 资料评级：★★★★☆⟧</td></tr></table>
<h2>{T}</h2>
<div class="intro">
{BODY}
</div>
<table class="down"><tr><td>⟦a 电信下载1⟧</td><td>⟦a 联通下载2⟧</td><td>⟦a 本地高速下载⟧</td></tr>
<tr><td colspan="3">⟦a 下载地址失效？点此报告⟧</td></tr></table>
<div>⟦d 下载说明：本站资料仅供学习参考，请下载后24小时内删除⟧</div>
<div>⟦l 同类资料推荐：城市公园景观设计说明 / 慢行系统规划文本⟧</div>
</body></html>
""",
        body="""
一、工程概况
本工程位于城区滨河东岸，北起望江桥，南至沙洲路，全长6.8公里，绿道宽度4米，为步行和骑行混合通行。
二、设计原则
2.1 生态优先，保留现状乔木，采用透水铺装。
2.2 安全便捷，每隔约1公里设置一处服务驿站，配备饮水、休息和急救设施。
2.3 特色彰显，结合沿线码头遗址设置三处文化节点。
三、主要工程量
透水混凝土路面2.7万平方米，木栈道1.1公里，驿站6座，照明灯具340套。
""",
    ),
    dict(
        slug="exam-lanze-greenway-ranger-recruit-html",
        site="岚泽市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.lanze.example.gov.cn/ksgg/2025/0610/2217.html",
        title="岚泽市绿道管理中心2025年公开招聘编外巡护员公告",
        record_title="【招聘公告】岚泽市绿道管理中心2025年公开招聘编外巡护员公告",
        date="2025-06-10",
        notes="personnel-exam site: the exam office's technical line in the footer beside the centre's own 咨询电话 in the body; positions table; sentence telling readers to 下载/打印 the 准考证 (kept)",
        page="""
<html><head><meta charset="utf-8"><title>【招聘公告】岚泽市绿道管理中心2025年公开招聘编外巡护员公告</title></head><body>
<div class="hd">⟦m 岚泽市人事考试网⟧ <span>⟦a 考生登录⟧</span> <span>⟦a 成绩查询⟧</span> <span>⟦a 准考证打印入口⟧</span></div>
<div class="dh">⟦m 首页 > 考试公告 > 事业单位⟧</div>
<h2>{T}</h2>
<div class="xx">⟦m 信息来源：市绿道管理中心　发布日期：2025-06-10　字号：[大][中][小]⟧</div>
<div class="zw">
{BODY}
</div>
<div class="fx">⟦l 相关公告：岚泽市园林局2025年公开招聘工作人员笔试成绩公示⟧</div>
<div class="ft">⟦m 网站技术支持：0736-2218800（仅限报名系统技术问题）⟧ ⟦d 岚泽市人力资源和社会保障局 版权所有⟧</div>
</body></html>
""",
        body="""
根据工作需要，岚泽市绿道管理中心面向社会公开招聘编外巡护员，现将有关事项公告如下。
一、招聘岗位
岗位　人数　学历要求
绿道巡护员　8　高中及以上
驿站管理员　4　大专及以上
二、报名方式
报名采取网上报名方式，报名时间为6月16日至6月22日。
三、考试安排
笔试时间另行通知，考生须在笔试前三天登录本网站下载打印准考证。
咨询电话：0736-2260417（市绿道管理中心综合科）
岚泽市绿道管理中心
2025年6月10日
""",
    ),
    dict(
        slug="assoc-yunling-trail-race-safety-rules-html",
        site="云岭县登山越野运动协会 (invented)",
        style="行业协会",
        genre="规则",
        kind="regulation",
        form="html",
        source="https://www.ylyueye.example.org/news/2025/0815.html",
        title="云岭山地越野跑赛事安全保障规定",
        record_title="【协会发布】云岭山地越野跑赛事安全保障规定 - 云岭县登山越野运动协会",
        date="2025-08-15",
        notes="association: member-login row, decimal-numbered articles, a mandatory-kit list, a sponsor strip between paragraphs, a QR follow box",
        page="""
<html><head><meta charset="utf-8"><title>【协会发布】云岭山地越野跑赛事安全保障规定 - 云岭县登山越野运动协会</title></head><body>
<div class="top">⟦a 会员登录 / 入会申请⟧</div>
<div class="nav">⟦m 协会简介 赛事日历 安全知识 会员之家 联系我们⟧</div>
<h1>{T}</h1>
<div class="inf">⟦m 发布：协会秘书处　2025年08月15日　阅读 1,442⟧</div>
<div class="text">
{BODY}
</div>
<div class="qr">⟦a 扫一扫 关注协会公众号 获取赛事资讯⟧</div>
<div class="ft">⟦d 云岭县登山越野运动协会 版权所有 转载请注明来源⟧ ⟦m 滇ICP备2023004417号⟧</div>
</body></html>
""",
        body="""
1. 总则
1.1 为保障越野跑赛事参赛者安全，规范赛事组织，制定本规定。
1.2 本规定适用于本协会主办、承办或认证的山地越野跑赛事。
2. 强制装备
2.1 参赛者须携带：手机、救生毯、头灯、口哨、不少于一升的饮水和赛事号码布。
⟦l 本赛季安全合作伙伴：山野户外装备⟧
2.2 五十公里以上组别须加带防风外套和急救包。
3. 医疗保障
3.1 赛道每五公里设置一个医疗点，关门时间前后各安排一名收尾安全员。
3.2 气象部门发布雷电、暴雨橙色及以上预警时，赛事组委会应当中止比赛。
""",
    ),
    dict(
        slug="intranet-shanxing-trail-race-minutes",
        site="山行体育文化公司 内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.shanxing.example.local/doc/view?id=20251009",
        title="“翠屏山越野挑战赛”筹备工作协调会会议纪要",
        record_title="内网公文-“翠屏山越野挑战赛”筹备工作协调会会议纪要",
        date="2025-10-09",
        date_also=["2025-10-08"],
        notes="intranet document view: 流转记录 and read counts, a watermark line, 时间/地点/主持/参会/记录 lines kept; 印发 date expected, meeting date accepted",
        page="""
!m 山行OA · 公文查看
!m 文档密级：内部　当前用户：yinxiao　已读 37 / 未读 5
!t 内网公文-“翠屏山越野挑战赛”筹备工作协调会会议纪要
{BODY}
!l 流转记录：综合部 拟稿 → 总经理 审批 → 各部门 阅知
!a 【下载正文】【打印】【返回列表】
!d 内部资料 严禁外传 · yinxiao 10.8.2.115
""",
        body="""
时间：2025年10月8日14:30
地点：公司二楼会议室
主持：总经理 尹晓
参会：赛事部、市场部、后勤部、安全部负责人
记录：包雨桐
一、赛事部汇报了赛道踏勘情况，二十五公里组别路线已确定，五十公里组别有一段碎石坡需要加固护栏。
二、后勤部负责补给站物资采购，10月20日前完成。
三、安全部与县人民医院、县消防救援大队对接医疗和救援保障，10月25日组织一次全线演练。
山行体育文化有限公司综合部
2025年10月9日
""",
    ),
    dict(
        slug="law-haotai-trail-race-liability-html",
        site="浩泰律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="html",
        source="https://www.haotailaw.example.com/guandian/2025/1102.html",
        title="越野跑比赛中受伤，组织者要承担责任吗？",
        record_title="律师观察丨越野跑比赛中受伤，组织者要承担责任吗？",
        date="2025-11-02",
        notes="law firm: a lawyer's WeChat glued after a sentence, a free-consult box, a 'not legal advice' notice, practice-area list; 发布日期 byline",
        page="""
<html><head><meta charset="utf-8"><title>律师观察丨越野跑比赛中受伤，组织者要承担责任吗？</title></head><body>
<div class="brand">⟦m 浩泰律师事务所 HAOTAI LAW FIRM⟧ ⟦m 全国咨询热线：400-610-8877⟧</div>
<div class="menu">⟦m 首页 律所简介 专业领域 律师团队 律师观察 联系我们⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 发布日期：2025-11-02　作者：浩泰律师事务所 祁远律师⟧</div>
<div class="body">
{BODY}
</div>
<div class="consult">⟦w 免费法律咨询 留下电话 律师30分钟内回电⟧</div>
<div class="areas">⟦l 专业领域：体育法律　合同纠纷　人身损害　劳动争议⟧</div>
<div class="ft">⟦d 本文仅为一般性法律信息，不构成对具体案件的法律意见⟧</div>
</body></html>
""",
        body="""
近年来越野跑赛事越来越多，参赛者受伤后起诉组织者的案件也随之增加。
根据民法典的规定，群众性活动的组织者未尽到安全保障义务，造成他人损害的，应当承担侵权责任。⟦w 案件咨询可添加祁律师微信 qiyuan_lawyer⟧
法院审理时通常会审查：组织者是否设置了合理的医疗点和救援力量，是否对危险路段作出提示，是否在恶劣天气时及时中止比赛。
同时，越野跑属于具有一定风险的文体活动，参赛者自愿参加的，组织者已尽到义务时可以不承担责任。
建议参赛者认真阅读免责声明，购买专项保险；组织者则应留存好安全保障的书面证据。
""",
    ),
    dict(
        slug="docshare-volunteer-manual-oneline",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="手册",
        kind="other",
        form="text",
        source="https://doc.gongxiang.example.com/p-8812099.html",
        title="山地越野赛补给站志愿者工作手册",
        record_title="山地越野赛补给站志愿者工作手册.pdf",
        date=None,
        notes="document-sharing page: the whole text on one line separated by indents; file-name title; uploader, views, download price; an upload notice",
        page="""
!m 共享文档站 - 分享有价值的文档
!m 山地越野赛补给站志愿者工作手册.pdf　共4页　浏览 2211 次
!a 下载本文档（需 5 积分）
{BODY}
!d 本文档由用户上传分享，如涉及侵权请点击投诉，本站将在三个工作日内处理
!l 您可能也喜欢：马拉松赛事志愿者培训讲义
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
一、补给站志愿者须在赛事当天早上六点前到达指定站点报到，领取工作证和物资。
二、补给站提供饮用水、电解质饮料、香蕉、能量胶等，志愿者负责分装和递送，注意保持台面整洁。
三、发现选手出现抽筋、失温、意识模糊等情况，立即通知站点医护人员，并用对讲机向赛事指挥中心报告。
四、关门时间到后，志愿者协助收尾安全员清点通过人数，确认无人滞留后方可撤站。
""",
    ),
    dict(
        slug="wechat-mirror-cuiping-race-signup-html",
        site="翠屏山越野 公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://weixin.jingxiang.example.com/a/cpyy_20250901",
        title="2025翠屏山越野挑战赛报名通道开启",
        record_title="2025翠屏山越野挑战赛报名通道开启｜翠屏山越野",
        date="2025-09-01",
        notes="WeChat-style mirror: account line with date, a reward row, a 'scan to register' sentence kept, like/在看 row, an 'original article' link",
        page="""
<html><head><meta charset="utf-8"><title>2025翠屏山越野挑战赛报名通道开启｜翠屏山越野</title></head><body>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="meta">⟦m 翠屏山越野　2025年9月1日 12:00　浙江⟧</div>
<div class="follow">⟦a 👆 点击关注，不错过每一场越野⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="reward">⟦a 喜欢作者 赞赏⟧</div>
<div class="tool">⟦l 👍 赞 216　在看 43　分享⟧</div>
<div class="orig">⟦a 阅读原文⟧</div>
</div>
<div class="mirror-foot">⟦d 本页面为公众号文章镜像，版权归原作者所有⟧</div>
</body></html>
""",
        body="""
2025翠屏山越野挑战赛将于11月1日鸣枪开跑，本届赛事设二十五公里和五十公里两个组别，总规模一千二百人。
报名时间：9月1日12:00至9月20日24:00，名额报满即止。
报名条件：五十公里组须提供近两年内完赛三十公里以上越野赛的成绩证明。
报名费用：二十五公里组二百八十元，五十公里组四百六十元。
请扫描文末二维码或在本公众号菜单栏点击“赛事报名”完成报名。
""",
    ),
    dict(
        slug="snapshot-baiyun-race-cancel-html",
        site="白云镇人民政府 搜索快照 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://webcache.so.example.com/snap?url=www.baiyunzhen.example.gov.cn/tzgg/778.html",
        title="关于取消白云山越野跑活动的公告",
        record_title=None,
        date="2025-05-30",
        notes="snapshot frame with cache time (no date) and keyword note; title missing from the record, found on the page; 成文日期 at the end; town site chrome",
        page="""
<html><head><meta charset="utf-8"><title>白云镇人民政府</title></head><body>
<div class="snap">⟦m 您查看的是网页快照，抓取时间：2025年06月14日 03:12:45⟧ ⟦a 点击查看原网页⟧ ⟦m 快照关键词：越野跑 取消⟧</div>
<div class="site">⟦m 白云镇人民政府⟧ ⟦m 首页 | 镇情概况 | 通知公告 | 便民服务⟧</div>
<h2>{T}</h2>
<div class="article">
{BODY}
</div>
<div class="bottom">⟦d 白云镇人民政府 主办⟧ ⟦m 地址：白云镇府前街1号⟧</div>
</body></html>
""",
        body="""
原定于2025年6月8日举行的白云山越野跑活动，因近期连续强降雨导致赛道多处出现塌方和滑坡隐患，经镇政府与主办方研究，决定取消本次活动。
已报名参赛的选手，报名费将于6月15日前原路退回，请留意短信通知。
给大家带来的不便，敬请谅解。
白云镇人民政府
2025年5月30日
""",
    ),
]
