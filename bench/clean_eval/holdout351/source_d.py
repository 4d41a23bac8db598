"""holdout351, part D: county forums, download stations, personnel-exam sites, tender portals, law firms.

Written by hand for the blind part holdout351 (see ../README.md and ../build.py for the
markup). Every place, person, firm, site, URL, phone number and chrome line is invented.
"""

CASES = [
    dict(
        slug="localforum-tanyuan-complaint-loose-film-jammer",
        site="坦原在线 (invented county forum)",
        style="地方论坛",
        genre="forum post",
        kind="other",
        form="html",
        source="https://bbs.tanyuanzaixian.com/thread-93318-1-1.html",
        title="田边废大棚膜一刮风满天飞，谁来管管？",
        record_title="[路边随手拍] 田边废大棚膜一刮风满天飞，谁来管管？（附现场描述）- 坦原杂谈 - 坦原在线",
        date=None,
        notes="county forum: weather line, poster medals, a decoration ad, a forward-to-the-bureau link, "
        "jammer fonts inside the post; numbered questions; relative times only",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="gbk">
<title>[路边随手拍] 田边废大棚膜一刮风满天飞，谁来管管？（附现场描述）- 坦原杂谈 - 坦原在线</title>
<style>font.jammer{display:none}</style>
<script src="data/cache/common.js?tyzx"></script>
</head>
<body>
<div id="hd">⟦m 坦原在线 — 坦原人自己的网上家园⟧ ⟦m 今日坦原：小雨转阴 6～11℃⟧</div>
<div id="nv">⟦m 首页　坦原杂谈　房产家居　招聘求职　二手市场　相亲交友⟧</div>
<div id="pt">⟦m 坦原在线 › 坦原杂谈 › 帖子详情⟧</div>
<div id="thread">
<div class="author">
<p>⟦m 骑车上班的阿梁⟧</p>
<p>⟦m 勋章：热心网友　在线时长 1260 小时⟧</p>
</div>
<div class="post">
<h1>{T}</h1>
<p class="authi">⟦m 发表于 前天 19:26　|　查看 3208　|　回复 64⟧</p>
<div class="t_f">
{BODY}
</div>
<p class="edited">⟦m 本帖最后由 骑车上班的阿梁 于 2 小时前 编辑⟧</p>
<p class="fwd"><a>⟦a 一键转交县农业农村局⟧</a> <a>⟦a 点赞⟧</a> <a>⟦a 收藏⟧</a></p>
</div>
</div>
<div class="ad">⟦w 坦原家装节：全包套餐直降八千，看房热线 0731-5599288⟧</div>
<div class="reply">⟦l 2楼 埫前老菜农：回收点在村委会后面，确实远了点⟧</div>
<div class="reply">⟦l 3楼 版主·坦原小编：已转交相关部门，有回复会第一时间告知⟧</div>
<div id="f_pst">⟦a 说点什么吧……（登录后可回帖）⟧</div>
<div id="ft">⟦m 坦原在线 湘ICP备15020681号　投诉电话：0731-5599000⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
家住洤坪镇埫前村附近，每天骑车上班都要经过一片大棚区。最近这半个月，路边沟里堆了不少换下来的旧大棚膜，有的卷成一团，有的就那么摊在地上。
前天刮大风，好几块旧膜被吹到了电线上，挂在那里呼啦啦地响，晚上看着怪吓人的。还有一块直接盖到了路中间，一个骑电动车的大姐差点摔倒。
我问过附近种菜的老乡，他们说村里是有回收点，但要自己拉过去，有的人嫌麻烦，就先堆在路边，等有空再说。
想问问：
1. 村里的回收点能不能定期上门收？
2. 挂在电线上的旧膜该找哪个部门处理？
希望相关部门看到后管一管，别等出了事再处理。
""",
    ),
    dict(
        slug="localforum-lingchuan-post-stray-feeding-bowls",
        site="淩川生活网 (invented county forum)",
        style="地方论坛",
        genre="forum post",
        kind="other",
        form="text",
        source="http://bbs.lingchuanlife.com/forum.php?mod=viewthread&tid=55710",
        title="小区花坛边的一排宠物碗，到底该不该收走？",
        record_title=None,
        date=None,
        notes="county forum as text: no record title, found on the thread subject line; junk lines and junk "
        "glued after 。; a numbered proposal; relative times only",
        page="""
!m 淩川生活网 · 邻里论坛
!m 淩川生活网 » 邻里话题 » 小区那些事
!m 主题：
{T}
!m 楼主：淩波苑老住户　　发表于 昨天 22:14　　查看 4471　回复 138
{BODY}
!l 沙发｜喵喵不饿：带盖的碗这个主意好，支持
!l 板凳｜一楼住户：挪远点就行，晚上真的吵
!a 快速回复　　上传图片　　表情
!m 淩川生活网 版权所有　客服QQ群：63318702
""",
        junk=dict(lines=2, glued=2),
        body="""
我们淩川县城东的淩波苑小区，3号楼后面的花坛边上摆了一排宠物碗，有七八个，是几位爱心人士放的，每天定时给流浪猫添粮加水。
说实话，我自己也喜欢猫，但这段时间问题确实不少：碗里的剩粮招来了苍蝇和老鼠，下雨天碗里积满雨水，发臭发绿；晚上猫在楼下打架，一楼的住户根本睡不好。
上周物业贴了通知，要求三天内自行收走，结果碗被收了又被放回来，业主群里也吵翻了天。
我想了一个折中的办法，大家看看行不行：
1. 投喂点从楼下挪到小区西北角的空地，离住户远一点。
2. 宠物碗统一换成带盖的，喂完一小时后收走剩粮。
3. 由喂猫的邻居轮流清洗宠物碗，物业提供一个水龙头。
各位邻居有什么好主意，也欢迎在下面说说。
""",
    ),
    dict(
        slug="download-lvye-instruction-pet-bed-sewing-doc",
        site="绿野资料屋 (invented download station, old gb2312 table layout)",
        style="资料下载站",
        genre="作业指导书",
        kind="other",
        form="html",
        source="http://www.lvyeziliao.com/soft/qiye/20251103/66281.html",
        title="宠物窝缝制作业指导书",
        record_title="宠物窝缝制作业指导书.doc",
        date=None,
        notes="old download station: file-info table, three download links, an unzip password, a dead-link "
        "report and a floating ad; file-name record title; decimal headings 2.1–3.4; no date (an add stamp only)",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>宠物窝缝制作业指导书.doc - 绿野资料屋</title>
<script type="text/javascript" src="/js/lyad.js"></script>
</head>
<body>
<table width="980" align="center" cellspacing="0">
<tr><td>⟦m 绿野资料屋 —— 企业管理资料一站下⟧</td><td align="right">⟦a 设为主页⟧ ⟦a 加入书签⟧</td></tr>
<tr><td colspan="2">⟦m 首页 | 企业管理 | 行政文书 | 办公模板 | 教学课件 | 会员中心⟧</td></tr>
</table>
<table width="980" align="center" border="1" cellspacing="0" cellpadding="4">
<tr><td colspan="2" align="center"><b>{T}</b></td></tr>
<tr><td>⟦m 资料大小：46 KB⟧</td><td>⟦m 资料格式：doc⟧</td></tr>
<tr><td>⟦m 添加时间：2025-11-03⟧</td><td>⟦m 下载人气：2281⟧</td></tr>
<tr><td>⟦m 运行环境：WinXP/Win7/Win10/WPS⟧</td><td>⟦m 资料评级：★★★★☆⟧</td></tr>
<tr><td colspan="2">⟦m 资料简介：⟧</td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载地址一：电信高速下载⟧　⟦a 下载地址二：联通高速下载⟧　⟦a 下载地址三：备用网盘下载⟧</td></tr>
<tr><td colspan="2">⟦a 解压密码：www.lvyeziliao.com⟧</td></tr>
<tr><td colspan="2">⟦a 下载不了？点这里告诉我们链接失效了⟧</td></tr>
</table>
<div id="lyfloat" style="position:fixed;right:0;bottom:60px;">⟦w 企业制度定制编写，QQ 2873310065⟧</div>
<table width="980" align="center">
<tr><td>⟦l 相关资料：缝纫车间6S管理制度.doc｜宠物用品出厂检验标准.xls⟧</td></tr>
<tr><td>⟦d 本站资料均来源于网络，仅供学习研究，请在下载后24小时内删除。⟧</td></tr>
<tr><td>⟦m Copyright 2008-2025 绿野资料屋 闽ICP备09047721号⟧</td></tr>
</table>
</body>
</html>
""",
        p_html="{}<br>",
        body="""
1. 适用范围
本指导书适用于本公司圆形、方形宠物窝的缝制作业。
2. 作业准备
2.1 开工前检查缝纫机针、压脚和送布牙，确认机台清洁无油污。
2.2 核对裁片的款号、颜色和数量，裁片应平整，无破洞、污渍。
3. 作业步骤
3.1 将窝底裁片与防滑布正面相对，沿边缘留1厘米缝份车缝一周。
3.2 缝合围边时，每隔10厘米打一个对位刀口，防止围边扭曲。
3.3 填充前预留15厘米的翻口，翻出正面后均匀塞入填充棉。
3.4 用藏针法缝合翻口，线头修剪至不超过0.3厘米。
4. 质量要求
针距均匀，每3厘米10至12针；外观平整，填充饱满，无跳针、浮线。
""",
    ),
    dict(
        slug="download-wendangcang-rules-fishing-match-floats",
        site="文档仓 (invented download station)",
        style="资料下载站",
        genre="规定/制度",
        kind="rules",
        form="text",
        source="https://www.wendangcang.com/down/jiance/31876.html",
        title="浟水县“碆湾杯”钓鱼邀请赛钓具使用规定",
        record_title="浟水县“碆湾杯”钓鱼邀请赛钓具使用规定（含鱼漂查验细则）免费下载 - 文档仓",
        date=None,
        notes="download station as text: file info, download buttons, a report line; 第N条 articles; only "
        "an effective clause, no date",
        page="""
!m 文档仓 · 免费文档下载
!m 首页 / 体育赛事 / 竞赛规程
!t 浟水县“碆湾杯”钓鱼邀请赛钓具使用规定（含鱼漂查验细则）免费下载
!m 格式：DOCX　大小：18K　更新：2025-08-30　下载：517次
{BODY}
!a 【本地下载】　【镜像下载】　【迅雷下载】
!a 链接打不开？请点击“报错”，我们会在24小时内修复
!l 你可能也需要：钓鱼比赛裁判员工作细则｜钓鱼比赛报名表模板
!m 文档仓 wendangcang.com
""",
        body="""
第一条　为保证比赛公平公正，根据钓鱼竞赛通用规则，结合本次比赛实际，制定本规定。
第二条　参赛选手只准使用一竿一线一钩，钓竿长度不超过5.4米，不得使用海竿、抛竿。
第三条　参赛选手须使用立式浮漂，漂身颜色不限，不得使用电子漂、夜光漂以及带有声光报警功能的鱼漂。
第四条　比赛开始前，裁判员对每名选手的钓竿、鱼漂和铅坠进行检查，检查合格后加贴封签，比赛中途更换鱼漂须报裁判员查验。
第五条　选手自带的鱼漂数量不限，但备用漂须集中放置在钓箱内，不得放在钓位以外的区域。
第六条　违反本规定的，第一次给予警告，第二次取消该场比赛成绩。
第七条　本规定由赛事组委会负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="exam-youshui-notice-film-laying-practical",
        site="浟水县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.youshui.gov.cn/ksgg/202506/t20250611_1208.html",
        title="浟水县2025年公开招聘乡镇农技推广人员实操考核公告",
        record_title="〔招考动态〕浟水县2025年公开招聘乡镇农技推广人员实操考核公告 - 考试公告 - 浟水县人事考试网",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes="personnel-exam site: maintenance banner, admission-ticket float; a timetable table; sentences "
        "about downloading and printing the admission ticket (content); the exam's 咨询电话 beside the "
        "site's technical line; posting date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔招考动态〕浟水县2025年公开招聘乡镇农技推广人员实操考核公告 - 考试公告 - 浟水县人事考试网</title>
<script src="/ksw/js/notice.js"></script>
</head>
<body>
<div class="ks-banner">⟦d 系统维护提示：6月15日22:00至24:00报名系统暂停访问，请错峰操作⟧</div>
<div class="ks-head">⟦m 浟水县人事考试网⟧ ⟦m 公平 公正 公开 择优⟧</div>
<div class="ks-nav">⟦m 首页　考试公告　报名入口　成绩查询　政策法规　常见问题⟧</div>
<div class="ks-loc">⟦m 首页 ＞ 考试公告 ＞ 事业单位招聘⟧</div>
<div class="ks-art">
<h1>{T}</h1>
<div class="ks-meta">⟦m 发布单位：县人力资源和社会保障局　发布时间：2025-06-11 15:30　阅读量：2913⟧</div>
<div class="ks-body">
{BODY}
</div>
<div class="ks-tools">⟦a 打印本页　|　关闭⟧</div>
</div>
<div class="ks-float"><a href="/zkz/">⟦a 准考证打印入口 ›⟧</a></div>
<div class="ks-foot">
<p>⟦m 网站技术服务电话：0739-7830001（仅解答系统操作问题）⟧</p>
<p>⟦m 浟水县人力资源和社会保障局主办　湘ICP备11007205号⟧</p>
</div>
</body>
</html>
""",
        body="""
根据《浟水县2025年公开招聘乡镇农技推广人员公告》，现将实操考核有关事项公告如下：
一、考核对象
笔试成绩合格并通过资格复审的36名考生。
二、考核内容
考核内容为设施大棚覆膜操作，主要考查考生对大棚膜铺设、拉紧、压膜线固定和通风口设置等环节的掌握程度，满分100分。
三、考核时间和地点
考核日期　考核场次　考生范围
6月21日上午　第一场　准考证号001—018
6月21日下午　第二场　准考证号019—036
考核地点：浟水县农业科技示范园6号大棚。
四、有关要求
考生须于6月18日至20日登录浟水县人事考试网下载并打印准考证，考核当天凭准考证和身份证入场。考核时请穿着防滑鞋和长袖衣裤。
咨询电话：0739-7835126
浟水县人力资源和社会保障局
2025年6月10日
""",
    ),
    dict(
        slug="exam-hongzhou-tip-no-phone-stands",
        site="浤州人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.hzrsks.cn/kwtz/2025/1020/7716.html",
        title="关于考场内禁止携带手机支架等手机配件的温馨提示",
        record_title="关于考场内禁止携带手机支架等手机配件的温馨提示（入场前请看完）- 浤州人事考试信息网",
        date="2025-10-20",
        notes="exam site as text: the exam centre's 考务咨询电话 beside the registration system's support "
        "line; numbered points; 成文日期 under the signature",
        page="""
!m 浤州人事考试信息网
!m 您当前的位置：首页 > 考务通知
{T}
!m 来源：市人事考试中心　时间：2025-10-20　点击：5820
!a [字号 放大 缩小] [打印] [关闭]
{BODY}
!m 报名系统技术支持：0739-8890666（工作日9:00—17:00）
!l 上一篇：2025年下半年事业单位公开招聘笔试考场安排
!l 下一篇：关于领取2025年度职称证书的通知
!m 主办单位：浤州市人事考试中心
""",
        indent="\u3000\u3000",
        body="""
各位考生：
近期，在部分考试的考前检查中，发现有考生将折叠手机支架、磁吸支架、支架式充电宝等物品带入考点。为维护考试秩序，现就有关事项提示如下：
一、手机支架、自拍杆、磁吸支架等各类手机配件，属于禁止带入考场的物品，请考生不要携带。
二、考生进入考点前，应将手机等通讯工具关机后存放在考点指定位置，不得随身携带。
三、考试过程中，监考人员发现考生携带上述物品的，将按照有关规定作违纪处理。
四、考生可携带的物品以准考证上列明的为准，请大家提前仔细阅读准考证背面的考试须知。
考务咨询电话：0739-8890215
浤州市人事考试中心
2025年10月20日
""",
    ),
    dict(
        slug="tender-tanyuan-result-greenhouse-film-lots",
        site="坦原县公共资源交易网 (invented)",
        style="招投标网",
        genre="中标公告",
        kind="notice",
        form="html",
        source="http://ggzy.tanyuan.gov.cn/jyxx/zfcg/zbgg/202504/t20250425_40177.html",
        title="坦原县2025年设施农业大棚膜集中采购项目中标结果公告",
        record_title="【中标结果·农资采购】坦原县2025年设施农业大棚膜集中采购项目中标结果公告_坦原县公共资源交易网",
        record_date="2025-04-25",
        date="2025-04-25",
        notes="tender portal: a clock, a publicity countdown, CA and trading-system lines beside the "
        "purchaser's and agency's own contacts; bid lots as a table; record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【中标结果·农资采购】坦原县2025年设施农业大棚膜集中采购项目中标结果公告_坦原县公共资源交易网</title>
<script src="/ggzy/js/clock.js"></script>
</head>
<body>
<div class="gg-top">⟦m 坦原县公共资源交易网⟧ ⟦m 北京时间 2025年04月25日 星期五⟧</div>
<div class="gg-nav">⟦m 首页　交易信息　政策法规　服务指南　诚信体系　专家库⟧</div>
<div class="gg-loc">⟦m 交易信息 > 政府采购 > 中标（成交）公告⟧</div>
<div class="gg-art">
<h2>{T}</h2>
<div class="gg-meta">⟦m 信息来源：坦原县公共资源交易中心　访问次数：734⟧</div>
<div class="gg-count">⟦m 公告期剩余：0天18时22分⟧</div>
<div class="gg-body">
{BODY}
</div>
<div class="gg-tools">⟦a 【打印】【关闭】【收藏本页】⟧</div>
</div>
<div class="gg-help">
<p>⟦m CA数字证书办理咨询：400-6600-318⟧</p>
<p>⟦m 电子交易系统技术支持：0731-5521000⟧</p>
</div>
<div class="gg-foot">⟦m 主办：坦原县公共资源交易中心　湘ICP备13020195号⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：TYZC2025-0417
二、项目名称：坦原县2025年设施农业大棚膜集中采购项目
三、中标信息
包号　标的名称　中标供应商　中标金额（元）
1　PO长寿无滴膜（厚度0.12毫米）　浤州绿盾农膜有限公司　1286400
2　EVA流滴消雾膜（厚度0.10毫米）　淩川县穗隆塑业有限公司　753200
3　压膜线及卡槽配件　坦原县惠农农资经营部　168900
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：坦原县农业农村局，联系人：鲁长庚，电话：0731-5520318
代理机构：浤州衡泰招标代理有限公司，联系人：葛青禾，电话：0731-5528806
""",
    ),
    dict(
        slug="tender-lingchuan-inquiry-pet-bowls",
        site="淩川政府采购网 (invented)",
        style="招投标网",
        genre="询价公告",
        kind="notice",
        form="text",
        source="http://www.lczfcg.gov.cn/xjgg/2025/0528/2209.html",
        title="淩川县流浪动物救助站宠物碗等喂养用品询价公告",
        date="2025-05-28",
        notes="record title as is; procurement site as text: inquiry items table; a sentence about "
        "downloading the inquiry file (content); the purchaser's contact beside a CA hotline; 成文日期",
        page="""
!m 淩川政府采购网
!m 首页 ＞ 采购公告 ＞ 询价公告
{T}
!m 发布时间：2025-05-28 09:40　　项目类型：货物类
!a 【我要报名】　【下载询价文件】　【收藏】
{BODY}
!m CA证书在线办理热线：400-8816-2277
!l 同类公告：淩川县第二中学食堂餐具采购询价公告
!m 淩川县财政局（政府采购监督管理办公室）主办
""",
        body="""
淩川县流浪动物救助站拟对一批喂养用品进行询价采购，欢迎符合条件的供应商参加报价。
一、采购内容
序号　品名　规格　数量
1　不锈钢宠物碗　直径20厘米，食品级304　300个
2　防打翻宠物碗　硅胶底座，直径16厘米　200个
3　自动饮水器　容量3升　40台
二、报价要求
供应商须于6月5日17时前登录淩川政府采购网下载询价文件，按要求填写报价单并密封递交至救助站办公室，逾期不予受理。
三、联系方式
采购单位：淩川县流浪动物救助站，联系人：晏子墨，电话：0745-3301826
淩川县流浪动物救助站
2025年5月28日
""",
    ),
    dict(
        slug="lawfirm-hongdi-answer-pet-bed-formaldehyde",
        site="泓砥律师事务所 (invented)",
        style="律所网站",
        genre="Q&A",
        kind="other",
        form="html",
        source="https://www.hongdilaw.cn/zixun/xiaofei/1187.html",
        title="网购宠物窝甲醛超标，消费者该如何维权？",
        record_title="【律所答疑室】网购宠物窝甲醛超标，消费者该如何维权？—泓砥律师事务所",
        date=None,
        notes="law firm: lawyer card, consult float, a 400 line and a repost notice; a consult prompt glued "
        "after a 。; no date (an update stamp only)",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【律所答疑室】网购宠物窝甲醛超标，消费者该如何维权？—泓砥律师事务所</title>
<script src="/assets/hd/app.js"></script>
</head>
<body>
<div class="hd-top">⟦m 泓砥律师事务所　以专业守护信任⟧ ⟦m 全国咨询热线 400-0739-516⟧</div>
<div class="hd-nav">⟦m 首页　律所简介　专业领域　律师团队　答疑室　联系我们⟧</div>
<div class="hd-loc">⟦m 首页 › 答疑室 › 消费维权⟧</div>
<div class="hd-art">
<h1>{T}</h1>
<div class="hd-meta">⟦m 更新于 5 个月前　阅读 2044⟧</div>
<div class="hd-body">
{BODY}
</div>
<div class="hd-note">⟦d 本文为本所律师原创，转载请注明来源；文中观点仅供参考，不构成正式法律意见。⟧</div>
</div>
<div class="hd-card">
<p>⟦m 解答律师：钟予安　专业方向：消费者权益、产品责任⟧</p>
<p>⟦w 预约当面咨询：点击留言或拨打上方热线⟧</p>
</div>
<div class="hd-float">⟦w 在线律师 · 3分钟内回复⟧</div>
<div class="hd-foot">⟦m 泓砥律师事务所　地址：浤州市塽口区埫前街9号金岸大厦18层　湘ICP备20014638号⟧</div>
</body>
</html>
""",
        body="""
问：我在网上给家里的猫买了一个宠物窝，收到后味道很刺鼻，自己送去检测，结果甲醛超标。商家只同意退货，不承担检测费，我该怎么办？
答：根据您描述的情况，可以从以下几个方面维护自己的权益。
第一，商家应承担产品质量责任。产品质量法规定，销售者应当保证所售产品符合质量要求。宠物窝甲醛超标，属于产品存在缺陷，您有权要求退货、退款。
第二，检测费属于合理损失，可以要求商家承担。您为证明产品质量问题支出的检测费用，与商家的违约行为有直接因果关系，可以一并主张。⟦w 类似纠纷可免费发送材料给律师预审⟧
第三，注意保留证据。包括订单截图、聊天记录、检测报告、宠物就医记录等。如果宠物因此出现不适并就医，相关医疗费用也可以主张赔偿。
第四，协商不成的，可以向电商平台投诉，或者拨打12315向市场监管部门投诉，也可以向人民法院提起诉讼。
""",
    ),
    dict(
        slug="lawfirm-mingyi-letter-phone-stand-design-patent",
        site="峗山明义律师事务所 (invented)",
        style="律所网站",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.mingyilawyer.com/wenshu/2025/0917/88.html",
        title="关于手机支架外观设计专利侵权的律师函",
        record_title="〔函件存档〕关于手机支架外观设计专利侵权的律师函｜峗山明义律师事务所",
        date="2025-09-15",
        notes="law firm as text: the letter's own 联系人/电话 beside the firm's 400 line; a 抄送 line; "
        "成文日期 under the signature",
        page="""
!m 峗山明义律师事务所　MINGYI LAW FIRM
!m 首页 | 文书范例 | 知识产权
{T}
!m 发布：本所知识产权部　浏览 671
!a 复制链接　|　打印
{BODY}
!w 知识产权维权咨询 400-6139-2025
!l 相关文书：商标侵权警告函范例｜著作权侵权律师函范例
!d 本页文书已隐去当事人敏感信息，仅作展示，不得用作他途。
!m 峗山明义律师事务所 版权所有
""",
        indent="\u3000\u3000",
        body="""
浤州市速达电子商务有限公司：
峗山明义律师事务所接受浤州稳拿科技有限公司（以下简称“委托人”）的委托，指派本所律师就贵公司涉嫌侵犯委托人外观设计专利权一事，郑重致函如下：
委托人系“折叠铝合金手机支架”外观设计专利的专利权人，该专利目前合法有效。经委托人调查，贵公司在网络店铺销售的“X9款桌面手机支架”，其外观与委托人专利产品高度近似，已构成侵权。
为此，请贵公司自收到本函之日起七日内：一、立即停止销售侵权产品并下架相关链接；二、销毁库存侵权产品；三、与本所联系协商赔偿事宜。
如贵公司逾期不予回应，委托人将依法追究贵公司的法律责任。
联系人：伍知远律师，电话：0739-5326688
峗山明义律师事务所
2025年9月15日
抄送：浤州稳拿科技有限公司
""",
    ),
]
