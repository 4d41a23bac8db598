"""holdout339, part D: county forums, download stations, personnel-exam sites, tender portals and law firms.

Invented pages, places, people, firms, numbers and URLs (see ../README.md); markup as in ../build.py.
"""

CASES = [
    dict(
        slug="localforum-qikou-handfan-smoke-subject-jammer",
        site="鳍口论坛 (invented town forum, Discuz-like)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="html",
        source="https://bbs.qikou.example.cn/thread-77120-1-1.html",
        title="夜市买的手持风扇充电时冒烟了，大家注意",
        record_title=None,
        date=None,
        notes="no record title: the thread subject; a weather line, medals, jammer-font junk, a decoration ad with a QQ between "
        "the post and the replies, an official-reply link; the post time is 前天 (no date)",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>鳍口论坛 - 鳍口人自己的网上家园</title>
<style>.jammer{display:none}</style>
</head>
<body>
<div id="hd">⟦m 鳍口论坛⟧ ⟦m 今日鳍口：多云转雷阵雨 27~35℃⟧ <a>⟦a 快速登录⟧</a></div>
<div id="pt">⟦m 鳍口论坛 › 鳍口杂谈 › 正文⟧</div>
<h1 id="thread_subject">{T}</h1>
<div class="authi">⟦m 江边钓鱼佬⟧ ⟦m 勋章：热心网友 · 老鳍口⟧ ⟦m 发表于 前天 21:40⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="ad">⟦m 【广告】鳍口老街装修找阿彪，全包半包都能谈，QQ 3107726519⟧</div>
<div class="reply">⟦l 沙发　鳍口小芳：吓人，我家孩子也有一个，晚上就拔了⟧</div>
<div class="reply">⟦l 板凳　论坛管理员：已转交镇市场监管所，有结果会在此回复⟧ <a>⟦a 查看官方回复进展⟧</a></div>
<div id="fastpost">⟦a 登录以后就能回复了⟧</div>
<div id="ft">⟦m 鳍口论坛 Powered by Discuz!　湘ICP备18037001号⟧</div>
</body>
</html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
上周在鳍口夜市地摊上买了个手持风扇，十五块钱，粉色的，给女儿玩。
昨晚插在床头充电，十点多闻到一股塑料烧焦的味道，一看风扇底部在冒烟，外壳都软了。赶紧拔了插头，拿到阳台上，好在没起火。
拆开一看，里面的电池鼓得老高，连个保护板都没有。包装盒上没厂名，也没有3C标志。
提醒大家几句：小风扇别放床上充电，充电时要有人在旁边；地摊上特别便宜的别买；发现鼓包就别再用了。我已经把风扇拿到镇市场监管所反映了。
""",
    ),
    dict(
        slug="localforum-jiangxi-footpatch-warning-police-phone",
        site="缰溪生活网 (invented county forum)",
        style="地方论坛",
        genre="论坛帖子",
        kind="other",
        form="text",
        source="https://www.jiangxilife.cn/forum/post/230915",
        title="菜市场门口有人免费送足贴，领了要留电话，大家小心",
        record_title="[缰溪身边事] 菜市场门口有人免费送足贴，领了要留电话，大家小心 - 生活杂谈 - 缰溪生活网",
        date=None,
        notes="county-forum text: the poster quotes the community police's phone (body) beside the forum's decoration ad line; "
        "post time 2 小时前 (no date); replies and a reply prompt",
        page="""
!m 缰溪生活网 › 论坛 › 生活杂谈
!m 今天 晴 33℃ 空气质量 良
!t [缰溪身边事] 菜市场门口有人免费送足贴，领了要留电话，大家小心
!m 楼主 山茶花开 ｜ 2 小时前 ｜ 查看 861 ｜ 回复 19
{BODY}
!m 【推广】缰溪本地装修 一站式整装 咨询 0736-8619977
!l 1# 老街坊：我妈也领了，第二天就有人打电话叫去听课
!l 2# 缰溪小王：已转到小区群里了
!a 回帖请先登录，文明发言
""",
        body="""
今天早上在新桥菜市场门口，看到几个穿马甲的人摆了张桌子，说是“健康企业回馈社会”，免费送足贴，条件是登记姓名和电话。
好多老人都排队去领了。我问他们是哪个公司的，他们支支吾吾说不清楚。
我妈前年就是这么被拉去听“健康讲座”的，最后花两千多买了一堆足贴和保健枕。大家回家跟家里老人说一声，不要随便留电话，更不要跟着去听什么课。
我已经打电话问了社区民警汤警官，他说这种情况可以直接报警，电话0736-8630110。
""",
    ),
    dict(
        slug="download-lvyin-footpatch-rules-gb2312-mirrors",
        site="绿荫资料下载站 (invented, gb2312 table layout)",
        style="资料下载站",
        genre="规程",
        kind="other",
        form="html",
        source="http://www.lvyinzl.com/soft/guicheng/20847.html",
        title="足贴生产车间卫生管理规程",
        record_title="【规程制度】足贴生产车间卫生管理规程 DOC文档下载_绿荫资料站",
        date=None,
        notes="old gb2312 download station: a file-info table (an update stamp, no date), three mirror links, an unzip password, "
        "a dead-link report; a rule whose articles speak of 扫码 and 打印 as content; no date",
        page="""
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【规程制度】足贴生产车间卫生管理规程 DOC文档下载_绿荫资料站</title>
<script language="javascript" src="/js/down.js"></script>
</head>
<body>
<table width="980" align="center" border="0" cellspacing="0" cellpadding="0">
<tr><td class="logo">⟦m 绿荫资料站⟧</td><td>⟦m 企业制度 · 合同文书 · 表格模板 · 免费下载⟧</td></tr>
<tr><td colspan="2" class="nav">⟦m 首页 | 规章制度 | 合同范本 | 表格大全 | 下载排行⟧</td></tr>
</table>
<table width="980" align="center" border="0">
<tr><td colspan="2">⟦m 当前位置：绿荫资料站 → 规章制度 → 生产管理⟧</td></tr>
<tr><td colspan="2"><h1>⟦t 【规程制度】足贴生产车间卫生管理规程 DOC文档下载⟧</h1></td></tr>
<tr><td width="120">⟦m 资料大小：⟧</td><td>⟦m 28 KB⟧</td></tr>
<tr><td>⟦m 资料格式：⟧</td><td>⟦m .doc（Word 2003 兼容）⟧</td></tr>
<tr><td>⟦m 资料刷新于：⟧</td><td>⟦m 三天前⟧</td></tr>
<tr><td>⟦m 被下载过：⟧</td><td>⟦m 1390⟧</td></tr>
<tr><td colspan="2"><b>⟦m 资料简介：⟧</b></td></tr>
<tr><td colspan="2">
{BODY}
</td></tr>
<tr><td colspan="2">⟦a 下载通道一（电信）⟧　⟦a 下载通道二（联通）⟧　⟦a 下载通道三（备用）⟧</td></tr>
<tr><td colspan="2">⟦a 解压口令：www.lvyinzl.com⟧</td></tr>
<tr><td colspan="2"><a href="/report.asp?id=20847">⟦a 链接打不开？点这里告诉站长⟧</a></td></tr>
</table>
<table width="980" align="center"><tr><td align="center">⟦d 本站资料均来自网络收集，只供学习研究，下载后请于24小时内删除⟧<br>⟦m 绿荫资料站 版权所有 浙ICP备08021739号⟧</td></tr></table>
</body>
</html>
""",
        body="""
第一条　为保证足贴产品卫生质量，防止生产过程中的污染，结合本车间实际，制定本规程。
第二条　进入车间人员须更换工作服、戴帽子和口罩，并在门口扫码登记进出时间。
第三条　配料间、涂布间、分切包装间每班生产前后各清洁一次，地面、台面用消毒液擦拭。
第四条　竹醋粉、艾草粉等原料应离地离墙存放，开封后未用完的须密封并标明开封日期。
第五条　每批次的清洁消毒记录打印后由班组长签字，随批生产记录一并归档，保存不少于两年。
第六条　本规程由生产部负责解释，自发布之日起执行。
""",
    ),
    dict(
        slug="download-wenjian-request-sleeves-doc",
        site="文件驿站 (invented download station)",
        style="资料下载站",
        genre="请示",
        kind="other",
        form="text",
        source="https://www.wenjianyizhan.com/down/qingshi/93152.html",
        title="关于为户外巡检人员采购防晒袖套的请示",
        record_title="关于为户外巡检人员采购防晒袖套的请示.doc",
        date="2025-06-09",
        notes="file-name record title; download station text: file info with an upload stamp, download links and an unzip "
        "password; the request's own 联系人/电话 beside the station's service line; date under the signature",
        page="""
!m 文件驿站 — 常用公文随取随用
!m 公文写作 » 请示报告 » 正文预览
!t 关于为户外巡检人员采购防晒袖套的请示.doc
!m 文件格式 DOC ｜ 大小 24KB ｜ 上传于 2025-06-16 ｜ 下载 207 次
{BODY}
!a 【高速下载】　【普通下载】　【网盘下载】
!a 解压密码：wjyz2025
!w 驿站客服（资料缺页、打不开）：0755-86031122
!d 文件驿站所有资料由网友上传，仅供参考学习。
""",
        indent="\u3000\u3000",
        body="""
县交通运输局：
我中心现有公路巡检、养护人员46名，每天需在国省干线上徒步巡查，夏季午间路面温度超过50℃，人员晒伤、中暑情况时有发生。为改善一线职工劳动保护条件，拟为全体户外巡检人员采购防晒袖套，每人两副，共92副，预计费用约2760元，从中心劳动保护经费中列支。
妥否，请批示。
联系人：祁晓东，电话：0738-7120486。
飑川县公路养护中心
2025年6月9日
""",
    ),
    dict(
        slug="exam-biaocheng-handfan-rules-ticket-float",
        site="镳城市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.bcrsks.cn/kwgg/2025/0708/2231.html",
        title="关于2025年事业单位公开招聘笔试考场防暑及物品携带有关事项的公告",
        record_title="〔应考须知〕关于2025年事业单位公开招聘笔试考场防暑及物品携带有关事项的公告（考前必看）- 镳城市人事考试网",
        date="2025-07-08",
        notes="personnel-exam site: a maintenance banner, an admission-ticket float; sentences telling candidates to download "
        "and print the 准考证 are body; the exam office's 咨询电话 beside the site's technical line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〔应考须知〕关于2025年事业单位公开招聘笔试考场防暑及物品携带有关事项的公告（考前必看）- 镳城市人事考试网</title>
</head>
<body>
<div class="ks-notice">⟦d 系统维护预告：7月12日0:00至6:00报名系统暂停访问⟧</div>
<div class="ks-top">⟦m 镳城市人事考试网⟧ ⟦m 公平 公正 诚信 服务⟧</div>
<div class="ks-nav">⟦m 首页　考试公告　考务动态　成绩查询　证书办理⟧</div>
<div class="ks-path">⟦m 首页 ＞ 考务动态⟧</div>
<div class="ks-art">
<h2>⟦t 〔应考须知〕关于2025年事业单位公开招聘笔试考场防暑及物品携带有关事项的公告（考前必看）⟧</h2>
<div class="ks-info">⟦m 发布日期：2025-07-08　信息来源：考务科⟧</div>
<div class="ks-body">
{BODY}
</div>
</div>
<div class="ks-float"><a href="/zkz/">⟦a 准考证打印入口⟧</a><br><a href="/cj/">⟦a 成绩查询入口⟧</a></div>
<div class="ks-foot">⟦m 网站技术支持：0739-5230066（仅限网站故障）⟧<br>⟦m 主办：镳城市人事考试中心　湘ICP备10006622号⟧</div>
</body>
</html>
""",
        body="""
各位考生：
2025年镳城市事业单位公开招聘笔试将于7月13日举行。时值盛夏，为保障考试顺利进行，现将有关事项公告如下：
一、考生请于7月10日至12日登录本网站下载并打印准考证，凭准考证和有效身份证件参加考试。
二、手持风扇、挂脖风扇等带电子元件的物品不得带入考场，考生可携带无电子元件的纸质折扇；考场已全部开放空调。
三、请考生提前熟悉考点位置，合理安排出行，注意防暑，随身携带饮用水（透明无标签包装）。
考试咨询电话：0739-5231018（工作日8:30—17:30）。
镳城市人事考试中心
2025年7月8日
""",
    ),
    dict(
        slug="exam-biaochuan-auxiliary-police-fitness-sleeves",
        site="飑川县人事考试信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://rsks.biaochuan.gov.cn/tzgg/20250805/0917.html",
        title="关于2025年辅警招聘体能测评有关事项的通知",
        record_title="[体测通知] 关于2025年辅警招聘体能测评有关事项的通知 | 飑川县人事考试信息网",
        date="2025-08-05",
        notes="exam site text: a dress rule that allows sun sleeves; the 准考证 download-and-print sentence is body; a table of "
        "test sessions one row a paragraph; the exam office's phone beside the site's line",
        page="""
!m 飑川县人事考试信息网　　【网站地图】【繁体版】
!m 当前位置：首页 >> 通知公告
!t [体测通知] 关于2025年辅警招聘体能测评有关事项的通知
!m 时间：2025-08-05 16:10:07　　来源：县公安局政治处　　浏览：4120
{BODY}
!a 〖打印此文〗〖关闭〗
!m 网站运维电话：0738-7102200
!m 飑川县人力资源和社会保障局主办
""",
        indent="\u3000\u3000",
        body="""
各位考生：
2025年飑川县公安局招聘辅警体能测评定于8月9日至10日在县体育中心田径场举行，现将有关事项通知如下：
日期　时段　测评人员
8月9日　6:30—9:30　男性考生
8月10日　6:30—9:30　女性考生
一、考生请于8月7日起登录本网下载并打印体能测评准考证。
二、考生须穿运动服、运动鞋参加测评，可佩戴防晒袖套和遮阳帽，不得佩戴护膝、护腕等护具。
三、测评当天气温较高，患有心脏病、高血压等不适宜剧烈运动疾病的考生，请慎重参加。
咨询电话：0738-7111024。
飑川县公安局
2025年8月5日
""",
    ),
    dict(
        slug="tender-shahu-tape-bid-result-lots",
        site="霎湖区公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.shahu.gov.cn/jyxx/zbjg/2025/06/27/ZB2025-0619.html",
        title="霎湖区人民医院2025年医用胶布等耗材采购项目中标结果公告",
        record_title="霎湖区人民医院2025年医用胶布等耗材采购项目中标结果公告_中标结果_霎湖区公共资源交易平台",
        record_date="2025-06-27",
        date="2025-06-27",
        notes="tender portal: a challenge-period countdown, CA and trading-system lines beside the purchaser's and agency's own "
        "contacts; a lots table one row a paragraph; record date equals the notice date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>霎湖区人民医院2025年医用胶布等耗材采购项目中标结果公告_中标结果_霎湖区公共资源交易平台</title>
</head>
<body>
<div class="jy-top">⟦m 霎湖区公共资源交易平台⟧ ⟦a 主体登录 ｜ 主体注册⟧</div>
<div class="jy-nav">⟦m 首页　交易信息　政策法规　办事指南　信用信息⟧</div>
<div class="jy-path">⟦m 交易信息 &gt; 政府采购 &gt; 中标结果⟧</div>
<div class="jy-art">
<h3>{T}</h3>
<div class="jy-info">⟦m 信息发布时间：2025-06-27 18:02　项目编号：SH2025-0619⟧</div>
<div class="jy-count">⟦m 质疑期剩余：6天 23时 15分⟧</div>
<div class="jy-body">
{BODY}
</div>
</div>
<div class="jy-help">⟦m CA数字证书办理：0731-8915560⟧<br>⟦m 交易系统操作咨询：0731-8915577⟧</div>
<div class="jy-foot">⟦m 霎湖区公共资源交易中心 主办　湘ICP备19002281号⟧</div>
</body>
</html>
""",
        body="""
一、项目编号：SH2025-0619
二、项目名称：霎湖区人民医院2025年医用胶布等耗材采购项目
三、中标信息
包号　采购内容　中标供应商　中标金额（元）
1　医用压敏胶布　镳城白鹭医用材料有限公司　186400
2　低敏纸胶布　霎湖康顺医疗器械有限公司　97250
3　透明敷料胶布　龛山仁和医疗用品有限公司　64800
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：霎湖区人民医院，联系人：骆敏，电话：0731-8826040。
代理机构：湖湘恒信招标咨询有限公司，联系人：帅雯，电话：0731-8902317。
2025年6月27日
""",
    ),
    dict(
        slug="tender-souxi-neckfan-inquiry-items",
        site="飕溪县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.souxicg.gov.cn/cggg/xjgg/2025/0612/1038.html",
        title="飕溪县环境卫生服务中心环卫作业人员挂脖风扇采购询价公告",
        record_title="【询价·劳保】飕溪县环境卫生服务中心环卫作业人员挂脖风扇采购询价公告（6月18日上午截止报价）_飕溪县政府采购网",
        date="2025-06-12",
        notes="procurement text: a countdown line, an items table one row a paragraph, the buyer's and agency's own contacts "
        "beside the CA line; a sentence telling suppliers to download the inquiry file is body",
        page="""
!m 飕溪县政府采购网
!m 采购公告 > 询价公告
!t 【询价·劳保】飕溪县环境卫生服务中心环卫作业人员挂脖风扇采购询价公告（6月18日上午截止报价）
!m 发布时间：2025-06-12　　浏览量：319
!m 距报价截止还有 5 天 06 小时
{BODY}
!a 【附件下载】【我要报价】
!m 电子保函及CA业务咨询：0736-8890123
!m 飕溪县财政局 主办
""",
        body="""
飕溪县环境卫生服务中心环卫作业人员挂脖风扇采购项目采用询价方式采购，欢迎合格供应商报价。
一、采购内容
序号　品名　技术要求　数量
1　挂脖风扇　无叶设计，续航不少于6小时　800台
2　备用充电线　Type-C接口　800根
二、报价截止时间：2025年6月18日10时。
三、供应商请登录飕溪县政府采购网下载询价文件，按要求密封报价。
四、联系方式
采购人：飕溪县环境卫生服务中心，联系人：邝文，电话：0736-8812290。
采购代理机构：飕溪县正衡招标代理有限公司，联系人：谭敏，电话：0736-8855016。
2025年6月12日
""",
    ),
    dict(
        slug="lawfirm-shouheng-handfan-fire-answer",
        site="镳城守衡律师事务所 (invented)",
        style="律所网站",
        genre="法律问答",
        kind="other",
        form="html",
        source="https://www.shouhenglaw.cn/shuoan/2025/0088.html",
        title="手持风扇充电起火烧坏沙发，商家该不该赔？",
        record_title="【守衡说案】手持风扇充电起火烧坏沙发，商家该不该赔？｜守衡律师事务所",
        date=None,
        notes="law firm page: a lawyer card, a consult float, a 400 line, a repost notice and a 本文链接 block; an answer "
        "quoting the law; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【守衡说案】手持风扇充电起火烧坏沙发，商家该不该赔？｜守衡律师事务所</title>
</head>
<body>
<div class="lf-top">⟦m 镳城守衡律师事务所⟧ ⟦m 全国咨询热线 400-860-7719⟧</div>
<div class="lf-nav">⟦m 首页　律所简介　专业团队　守衡说案　联系我们⟧</div>
<div class="lf-art">
<h1>⟦t 【守衡说案】手持风扇充电起火烧坏沙发，商家该不该赔？⟧</h1>
<div class="lf-card">⟦m 解答律师：戚卫东　执业证号 14309201510318826　擅长：消费维权、产品责任⟧</div>
<div class="lf-body">
{BODY}
</div>
<div class="lf-link">⟦m 本文地址：https://www.shouhenglaw.cn/shuoan/2025/0088.html⟧</div>
<div class="lf-repost">⟦d 守衡说案栏目文章版权归本所，转发请保留律师署名和原文地址⟧</div>
</div>
<div class="lf-float">⟦w 遇到类似纠纷？留下电话，律师15分钟内回电⟧</div>
<div class="lf-foot">⟦m 镳城市建设中路188号金融大厦12楼⟧ ⟦m 湘ICP备21008833号⟧</div>
</body>
</html>
""",
        body="""
问：我在网上买了一个手持风扇，放在沙发上充电时起火，把沙发烧了一个大洞。商家说风扇只值30元，最多退货退款。我能要求赔沙发吗？
答：可以。根据《中华人民共和国产品质量法》和《中华人民共和国民法典》的规定，因产品存在缺陷造成他人人身、缺陷产品以外的其他财产损害的，受害人可以向产品的生产者要求赔偿，也可以向产品的销售者要求赔偿。
也就是说，商家不仅要退风扇的钱，还要赔偿沙发的损失。建议您保存好购买记录、起火现场照片和烧毁的风扇，必要时申请鉴定起火原因；协商不成的，可以向12315投诉或者向法院起诉。
""",
    ),
    dict(
        slug="lawfirm-minghe-footpatch-refund-case",
        site="槊阳明和律师事务所 (invented)",
        style="律所网站",
        genre="案例分析",
        kind="other",
        form="text",
        source="https://www.minghelawyer.cn/case/1127.html",
        title="老人高价买“排毒足贴”，能否要求退一赔三？",
        record_title="维权判例细读 » 老人高价买“排毒足贴”，能否要求退一赔三？ - 明和律师事务所",
        date=None,
        notes="law firm text: an edited-last-week stamp (no date), a lawyer line, a consult prompt glued after a sentence, "
        "a not-legal-advice notice and a free-consult line",
        page="""
!m 槊阳明和律师事务所 · 消费维权专业团队
!m 网站首页 › 判例拆解
!t 维权判例细读 » 老人高价买“排毒足贴”，能否要求退一赔三？
!m 撰稿：柏明律师　｜　编辑于 上周
{BODY}
!d 本文仅为普法分享，不作为具体案件的法律意见。
!w 免费咨询：0745-6338801（微信同号）
!l 相关案例：保健品会销被骗如何维权　·　网购商品虚假宣传的举证责任
""",
        body="""
【案情】年过七旬的刘某在“健康讲座”上听信销售人员宣传，以每盒398元的价格购买“排毒足贴”20盒。销售人员称该足贴可以“降血压、通经络”。刘某子女发现后，要求商家退款并赔偿。
【分析】商家把普通日用品宣传成具有治疗作用，属于对商品功能作虚假或者引人误解的宣传，构成欺诈。根据消费者权益保护法第五十五条，消费者可以要求增加赔偿其受到的损失，增加赔偿的金额为消费者购买商品价款的三倍。⟦w 家里老人也遇到这种事？点右下角，一对一问律师⟧
【结果】经律师协助协商，商家退还货款7960元，并赔偿23880元。
【提示】子女要多陪老人聊天，保存好购物凭证和宣传资料，这是维权的关键证据。
""",
    ),
]
