"""holdout139, part C: a layer-hen egg company's site, a xiao (洞箫) training school, an
online-literature course essay in a writing app, land-subsidence 申论 material on an exam forum,
a milk-vetch encyclopaedia entry, a polygonatum co-op's plan on a cloud drive, a storm-surge
warning in a search snapshot, a workers' cultural palace's print view, a forwarded lung-nodule
screening mail, an ecology bureau's acid-rain bulletin and a dermatology head nurse's report on
an old 范文 site. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="company-danji-egg-traceability-html",
        site="玳山禾丰蛋业 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.hefengeggs.example.com/news/2025/0520.html",
        title="关于启用鲜鸡蛋“一蛋一码”追溯标识的公告",
        record_title="关于启用鲜鸡蛋“一蛋一码”追溯标识的公告｜禾丰蛋业",
        date="2025-05-20",
        notes="company site: decorated title; a sentence telling consumers to 扫码 the traceability code kept; the company's own 客服电话 in the notice beside the site's 400 order line; cookie bar and online-shop buttons",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>关于启用鲜鸡蛋“一蛋一码”追溯标识的公告｜禾丰蛋业</title>
<script async src="/js/analytics.js"></script></head>
<body>
<header class="site-header"><div class="logo">⟦m 禾丰蛋业 · 好蛋来自好鸡舍⟧</div>
<nav>⟦m 关于禾丰　产品中心　养殖基地　新闻动态　联系我们⟧</nav>
<div class="buy">⟦a 天猫旗舰店⟧ ⟦a 京东自营⟧ ⟦w 订购热线 400-826-0577⟧</div></header>
<section class="news-detail">
<div class="crumbs">⟦m HOME / 新闻动态 / 公司公告⟧</div>
<h1>⟦t 关于启用鲜鸡蛋“一蛋一码”追溯标识的公告⟧</h1>
<div class="date">⟦m 2025.05.20⟧ ⟦m 阅读量 1,204⟧</div>
{BODY}
<div class="pager">⟦l ‹ 上一篇 禾丰蛋业通过绿色食品认证复审⟧ ⟦l 下一篇 蛋鸡养殖基地开放日报名 ›⟧</div>
</section>
<footer><p>⟦m 玳山禾丰蛋业有限公司　地址：玳山县禾丰工业园1号⟧</p><p>⟦d © 2025 禾丰蛋业 All Rights Reserved⟧</p></footer>
<div class="cookie">⟦d 本网站使用Cookie以改善浏览体验，继续浏览即表示同意⟧ ⟦a 接受⟧</div>
</body></html>
""",
        body="""
尊敬的消费者：
为让每一枚鸡蛋来源可查、去向可追，我公司自2025年6月1日起，在所有鲜鸡蛋产品上启用“一蛋一码”追溯标识。
一、每枚鸡蛋蛋壳上喷印追溯码，包含养殖舍号、产蛋日期和检验批次。
二、消费者用手机扫描包装盒上的二维码，输入蛋壳上的追溯码，即可查看该枚鸡蛋的养殖、检验和运输信息。
三、6月1日前生产的产品仍使用原有批次标签，可正常销售。
如对追溯信息有疑问，请拨打客服电话0793-6682013。
玳山禾丰蛋业有限公司
2025年5月20日
""",
    ),
    dict(
        slug="training-dongxiao-grade-class-brochure",
        site="竹韵民乐培训中心 (invented)",
        style="培训机构",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.zhuyunminyue.example.com/zsjz/2025qiu.html",
        title="2025年秋季洞箫考级培训班招生简章",
        record_title=None,
        date="2025-08-12",
        notes="training school page without a record title; a course table; the school's own 报名电话 kept beside a trial-lesson ad box; relative '3天前' in a sidebar is no date",
        page="""
!m 竹韵民乐培训中心 — 让孩子爱上民族乐器
!m 首页 | 课程设置 | 名师团队 | 招生简章 | 学员风采 | 在线报名
!a 免费试听一节课，立即预约>>
!t 2025年秋季洞箫考级培训班招生简章
!m 发布：教务处　2025-08-12
{BODY}
!w 课程顾问微信：zhuyun_xiao01（添加请备注“洞箫”）
!l 最新动态：古筝暑期汇报演出圆满落幕（3天前）
!l 热门课程：葫芦丝启蒙　竹笛提高班　二胡考级
!m 地址：瑢州市文昌路58号三楼　备案号：湘ICP备20011456号
""",
        body="""
洞箫音色古朴深沉，是我国历史悠久的吹管乐器。为满足学员考级需要，本中心开设2025年秋季洞箫考级培训班。
一、招生对象：8周岁以上、具有一定识谱基础的学员，零基础学员可先参加启蒙班。
二、班级设置：
班级　上课时间　课时
一至三级班　周六9:00—10:30　16课时
四至六级班　周六14:00—15:30　20课时
七至九级班　周日9:00—11:00　24课时
三、报名时间：8月15日至9月5日，额满即止。
四、学员自备洞箫一支，报名时可请老师帮助挑选。
报名电话：0746-3357210（教务处梁老师）
""",
    ),
    dict(
        slug="writingapp-wangwen-insight-open-app",
        site="笔下生花APP (invented)",
        style="范文APP",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://share.bixiashenghua.example.cn/article/98721?from=wx",
        title="参加网络文学作家培训班心得体会",
        record_title="参加网络文学作家培训班心得体会（精选）",
        date=None,
        notes="writing-app share page: decorated title; open-in-app prompts at top, glued in the middle and at the bottom; share stamp is no date; no date in the text",
        page="""
!a 打开笔下生花APP，阅读体验更佳
!m 笔下生花 · 范文精选
!t 参加网络文学作家培训班心得体会（精选）
!m 字数 602　来自用户分享　刚刚
{BODY}
!a 在APP内继续阅读全文
!l 你可能还想看：文学创作心得　青年作家座谈发言
!d 内容由用户上传，如有侵权请在APP内举报
""",
        body="""
这次有幸参加市作协举办的网络文学作家培训班，五天的学习让我收获很多。
一是认识到网络文学也要有思想深度。老师讲到，点击量高不等于作品好，能打动人心的始终是有温度的故事。
二是学会了更科学地搭建故事结构，懂得了主线、支线如何交织，人物成长如何设计。⟦a 下载APP领取写作素材包⟧
三是明白了写作者的社会责任，要坚守底线，传播正能量。
今后我将把所学用到创作中，争取写出更多反映家乡变化的作品。
""",
    ),
    dict(
        slug="gkforum-chenjiang-subsidence-shenlun-floors",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="评论",
        kind="other",
        form="text",
        source="http://bbs.shangangk.example.com/thread-773104-1-1.html",
        title="守住脚下的土地——谈地面沉降防治",
        record_title="[申论素材] 守住脚下的土地——谈地面沉降防治（附积累要点） - 申论交流 - 上岸公考论坛",
        date="2025-10-09",
        notes="exam forum: decorated title with board and site; the poster's 发表于 is the page's date; quote of the mod, floors, and a course ad between paragraphs",
        page="""
!m 上岸公考论坛 » 申论交流 » 素材积累
!t [申论素材] 守住脚下的土地——谈地面沉降防治（附积累要点）
!m 楼主 申论小鹿　发表于 2025-10-09 21:14　|　只看该作者
!m 本帖最后由 申论小鹿 于 2025-10-10 08:02 编辑
{BODY}
!l 积累要点：控采限采、地下水回补、监测网络、源头治理
!l 2楼 冲刺上岸：收藏了，谢谢楼主！
!l 3楼 老考生：这个话题今年省考可能出
!a 回复本帖可下载整理好的PDF版
""",
        body="""
地面沉降看似缓慢，却是一种难以逆转的地质灾害。长期过量开采地下水，是许多城市地面沉降的主要原因。
防治地面沉降，首先要控采限采。一些地方关停自备井、推广地表水替代，地下水位逐年回升，沉降速率明显放缓。
⟦a 【广告】申论高分冲刺班报名中，点击头像私信⟧
其次要加强监测预警。建立覆盖城区的水准测量和卫星遥感监测网络，才能及早发现沉降漏斗。
守住脚下的土地，需要政府、企业和公众共同节约每一滴地下水。
""",
    ),
    dict(
        slug="wiki-ziyunying-entry-html-edit-links",
        site="农知百科 (invented)",
        style="百科问答",
        genre="说明",
        kind="other",
        form="html",
        source="https://baike.nongzhi.example.com/item/紫云英绿肥种植技术",
        title="紫云英绿肥种植技术",
        record_title="紫云英绿肥种植技术_农知百科",
        date=None,
        notes="encyclopaedia entry: site suffix; edit links beside headings, catalogue box, references, 'last edited' stamp (no date); example 20××年 placeholder kept",
        page="""
<html><head><meta charset="utf-8"><title>紫云英绿肥种植技术_农知百科</title></head>
<body>
<div class="hd">⟦m 农知百科 · 懂农业的百科全书⟧ ⟦a 登录⟧ ⟦a 创建词条⟧</div>
<div class="search">⟦a 搜索词条⟧</div>
<h1>⟦t 紫云英绿肥种植技术⟧</h1>
<div class="tools">⟦a 编辑⟧ ⟦a 收藏⟧ ⟦l 讨论(3)⟧</div>
<div class="catalog"><b>⟦l 目录⟧</b>⟦l 1 概述　2 播种　3 田间管理　4 翻压⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料：1. 南方绿肥种植手册⟧</div>
<div class="stat">⟦m 本词条浏览次数：8812次　最近更新：7天前⟧</div>
<div class="foot">⟦d 百科内容仅供参考，如需具体指导请咨询当地农技部门⟧</div>
</body></html>
""",
        body="""
紫云英是豆科黄芪属一年生草本植物，是我国南方稻区主要的冬季绿肥作物，能固定空气中的氮素，改良土壤。
播种：一般在晚稻收割前10至15天套播，每亩用种2至3千克，播前用根瘤菌拌种可提高结瘤率。
田间管理：开好田间排水沟，防止渍水烂根；冬前可适量施用磷肥，以磷增氮。
翻压：一般在盛花期翻压，翻压后灌浅水沤田，约半个月后即可插秧。
农户可在田间记录表上填写“20××年××月××日翻压”等信息，便于来年对比。
""",
    ),
    dict(
        slug="netdisk-huangjing-coop-plan-wps",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="工作计划",
        kind="plan",
        form="text",
        source="https://pan.yunxia.example.com/s/1Hq7eRnPz",
        title="玉林坡黄精种植专业合作社2025年工作计划",
        record_title="玉林坡黄精种植专业合作社2025年工作计划.wps",
        date="2025-01-06",
        notes="cloud-drive share: file-name title; share stamp and expiry are no date; the co-op's 成文日期 is the date; save/download buttons; numbered list kept",
        page="""
!m 云匣网盘 | 文件分享
!m 分享者：黄精老杜　分享时间：2025-02-14 19:03　有效期：永久
!t 玉林坡黄精种植专业合作社2025年工作计划.wps
!a 保存到我的网盘　　下载（46.2KB）　　举报
!m 文件预览（仅显示文本内容）
{BODY}
!a 开通超级会员，享极速下载
!d 请勿分享违法违规内容，网盘将依法配合相关部门处理
""",
        body="""
2025年，合作社将围绕扩规模、提品质、拓销路三项重点，推动黄精产业发展。
1.扩大林下种植面积。新增林下黄精种植三百亩，全社种植面积达到一千二百亩。
2.提升种苗质量。建设黄精种苗繁育基地二十亩，统一供苗，减少外购种苗带来的病害。
3.规范九蒸九晒加工。改造加工车间，制定加工操作规程，申请食品生产许可证。
4.拓宽销售渠道。与两家药材企业签订收购协议，开设网店，争取年销售额突破五百万元。
玉林坡黄精种植专业合作社
2025年1月6日
""",
    ),
    dict(
        slug="snapshot-fengbaochao-warning-html-frame",
        site="搜易快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.souyi.example.com/c?u=http%3A%2F%2Fhyj.zhenhai.example.gov.cn%2Fyjxx%2F8871.html",
        title="关于防御第14号台风风暴潮的紧急通知",
        record_title=None,
        date="2025-09-14",
        notes="search-cache frame around a marine bureau's page: the snapshot banner and its stamp (no date), the inner page's chrome; no record title; 成文日期 is the date; duty phones table kept",
        page="""
<html><head><meta charset="utf-8"><title>搜易快照</title></head>
<body>
<div class="snap">⟦m 这是搜易对 http://hyj.zhenhai.example.gov.cn/yjxx/8871.html 的快照⟧<br>
⟦m 快照生成时间：2025年9月20日 03:11⟧　⟦d 搜易与网页内容无关，网页可能已经更新⟧　⟦a 查看当前页⟧</div>
<hr>
<div class="site">⟦m 臻海市海洋与渔业局⟧</div>
<div class="bc">⟦m 首页 > 预警信息⟧</div>
<h2>⟦t 关于防御第14号台风风暴潮的紧急通知⟧</h2>
<div class="c">
{BODY}
</div>
<div class="f">⟦m 臻海市海洋与渔业局 版权所有⟧ ⟦m 浙ICP备05062281号⟧</div>
</body></html>
""",
        body="""
沿海各县（市、区）海洋与渔业局，局属各单位：
据市海洋预报台预报，受第14号台风影响，9月15日至16日我市沿海将出现80至150厘米的风暴增水，恰逢天文大潮期，可能出现超警戒潮位。现就做好风暴潮防御工作紧急通知如下。
一、立即组织海上作业渔船回港避风，海上养殖人员9月15日12时前全部撤离上岸。
二、对沿海海堤、闸门开展巡查，落实抢险队伍和物资。
三、实行二十四小时值班，重要情况及时报告。
值班电话：
单位　电话
市海洋与渔业局总值班室　0574-8729011
市海洋预报台　0574-8729116
臻海市海洋与渔业局
2025年9月14日
""",
    ),
    dict(
        slug="print-gongrenwenhuagong-summer-plan-footer",
        site="瑜州市工人文化宫 (invented)",
        style="打印页",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.yzwhg.example.org.cn/print.asp?id=1187",
        title="瑜州市工人文化宫2025年职工子女暑期托管班实施方案",
        record_title="打印 - 瑜州市工人文化宫2025年职工子女暑期托管班实施方案",
        date="2025-06-06",
        notes="print view: decorated record title (打印 - ); print buttons, print stamp (no date), a print footer of my own form; the 成文日期 is the date; fee table kept",
        page="""
!a 【打印本页】　【关闭】
!m 瑜州市工人文化宫 ·打印版
!t 瑜州市工人文化宫2025年职工子女暑期托管班实施方案
!m 打印时间：2025/7/2 08:47:15
{BODY}
!m 本页地址：http://www.yzwhg.example.org.cn/show.asp?id=1187
!p ⊱ 打印第1页 ∕ 全1页 ⊰
""",
        body="""
为帮助职工解决暑期子女看护难题，市工人文化宫决定举办2025年职工子女暑期托管班，制定本方案。
一、托管对象：全市在职职工的小学在读子女。
二、托管时间：7月7日至8月15日，周一至周五8:00—17:30。
三、托管内容：作业辅导、阅读写作、书法绘画、体育游戏和安全教育。
四、收费标准：
班次　时长　费用
上半期　7月7日—7月25日　600元
下半期　7月28日—8月15日　600元
五、报名方式：职工持工会会员卡到文化宫一楼服务台报名，每期限150人。
瑜州市工人文化宫
2025年6月6日
""",
    ),
    dict(
        slug="mail-feijiejie-screening-forward",
        site="瑭川港务集团邮件系统 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:all-staff@tcport.example.com?msg=20251104-2201",
        title="关于组织职工开展肺结节低剂量CT筛查的通知",
        record_title="Fw: 关于组织职工开展肺结节低剂量CT筛查的通知",
        date="2025-10-30",
        date_also=["2025-11-04"],
        notes="forwarded mail: Fw: title; the forward's 发送时间 differs from the 成文日期 (both accepted); the document's own 附件 line below the mail's attachment header; signature of the forwarder and mail footer are chrome",
        page="""
!m 发件人：工会办公室 <gonghui@tcport.example.com>
!m 发送时间：2025年11月4日 星期二 9:26
!m 收件人：全体职工
!m 主题：Fw: 关于组织职工开展肺结节低剂量CT筛查的通知
!m 附件：筛查预约表.xlsx (18 KB)
!w 大家好，转发集团通知，请各部门按时报名。有问题找我，分机 6213。
!m ---------- 转发的邮件 ----------
!m 发件人：集团人力资源部
!m 日期：2025年10月30日 16:40
{T}
{BODY}
!m --
!m 瑭川港务集团有限公司 工会办公室　曹雯
!d 此邮件及附件可能含有保密信息，如误收请删除并通知发件人
""",
        body="""
各部门、各子公司：
为做好职工健康管理，及早发现肺部病变，集团决定组织四十岁以上职工开展肺结节低剂量CT筛查。
一、筛查时间：2025年11月10日至11月28日。
二、筛查地点：瑭川市第一人民医院体检中心。
三、请各部门于11月7日前汇总本部门预约名单，报集团人力资源部。
附件：职工肺结节筛查预约表
瑭川港务集团有限公司人力资源部
2025年10月30日
""",
    ),
    dict(
        slug="gov-suanyu-bulletin-cn-date-text",
        site="璐州市生态环境局 (invented)",
        style="政府门户",
        genre="公告",
        kind="notice",
        form="text",
        source="http://sthjj.luzhou-yu.example.gov.cn/hjzl/202503/t20250318_55102.html",
        title="璐州市2024年酸雨监测状况公报",
        record_title="璐州市2024年酸雨监测状况公报_璐州市生态环境局",
        date="2025-03-18",
        notes="county portal text page: site-suffix title; date only in Chinese numerals under the signature; year in the title is no date; a monitoring table kept; font-size and share rows",
        page="""
!m 璐州市生态环境局
!m 首页 > 环境质量 > 专项公报
!t 璐州市2024年酸雨监测状况公报
!a 【字体：大 中 小】　【我要打印】　【关闭】
!l 分享到：
{BODY}
!l 【上一篇】2024年璐州市声环境质量公报
!l 【下一篇】2025年2月全市空气质量排名
!m 主办：璐州市生态环境局　联系电话：0830-2216810
!m 网站标识码：5105000019　蜀ICP备12019930号
""",
        body="""
2024年，全市共设酸雨监测点位六个，全年采集降水样品三百一十二个。
一、总体状况。全市降水pH年均值为5.62，酸雨频率为12.8%，较上年下降3.1个百分点，酸雨污染总体有所减轻。
二、分布情况。
监测点　pH均值　酸雨频率
市区站　5.48　16.2%
东郊站　5.71　10.5%
南山站　5.69　11.7%
三、主要原因分析。降水中硫酸根离子浓度持续下降，表明二氧化硫排放控制成效明显。
璐州市生态环境局
二〇二五年三月十八日
""",
    ),
    dict(
        slug="fanwen-shizhen-nurse-report-old-table-marquee",
        site="红烛范文网 (invented)",
        style="范文站",
        genre="述职报告",
        kind="report",
        form="html",
        source="http://www.hongzhufw.example.com/shuzhi/hushi/20250108/31270.html",
        title="皮肤科护士长2024年度述职报告",
        record_title="【优秀】皮肤科护士长2024年度述职报告（通用版）_红烛范文网",
        date=None,
        notes="old 范文 table layout: marquee, visitor counter, 【阅读字号】 row, floating writing box; decorated title; no date (year in the title only, 更新 stamp on the page is the page's 更新时间 not a publish line)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【优秀】皮肤科护士长2024年度述职报告（通用版）_红烛范文网</title></head>
<body>
<table width="950" align="center"><tr><td>⟦m 红烛范文网⟧ ⟦m 免费范文 · 每天更新⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table width="950" align="center"><tr><td><marquee scrollamount="3">⟦w 材料定制，专人撰写，满意再付款⟧</marquee></td></tr></table>
<table width="950" align="center"><tr><td>⟦m 您现在的位置：红烛范文网 >> 述职报告 >> 护士述职⟧</td></tr>
<tr><td align="center"><h1>⟦t 【优秀】皮肤科护士长2024年度述职报告（通用版）⟧</h1></td></tr>
<tr><td align="center">⟦m 作者：佚名　来源：网友投稿　浏览：⟧<script>document.write(2817)</script></td></tr>
<tr><td>⟦a 【阅读字号：大 中 小】⟧</td></tr>
<tr><td class="text">
{BODY}
</td></tr>
<tr><td>⟦l 热门范文：护士长述职报告　护理部年终总结　优质护理服务心得⟧</td></tr></table>
<div id="floatbox">⟦w 代写热线：136 0011 7320⟧</div>
<table width="950" align="center"><tr><td>⟦d 本站范文均来自网络，版权归原作者所有⟧</td></tr>
<tr><td>⟦m 你是第 1220863 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
各位领导、同事们：
2024年，我在医院党委和护理部领导下，带领皮肤科护理团队认真完成各项工作，现将一年来的工作述职如下。
一、加强湿疹专病护理。针对住院湿疹患儿多的特点，制定湿疹皮肤护理规范，推行润肤、湿敷标准化操作，患儿家属满意度达到98%。
二、开展健康教育。每月举办一次“皮肤健康小课堂”，为家长讲解湿疹日常护理和饮食注意事项。
三、抓好护理质量。全年科室未发生护理差错，压疮、跌倒等不良事件为零。
四、存在不足。科研意识不强，护理论文数量偏少，明年将努力改进。
以上述职，请大家评议。
""",
    ),
]
