"""holdout161, part A: rosemary growers, Chinese checkers, pigeon whistles, handkerchiefs,
walking sticks, tap dance. Invented text (sites, places, people, numbers)."""

CASES = [
    dict(
        slug="fanwen-xiangcao-rosemary-reflection",
        site="芳草范文馆 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.fangcaofw.example.com/xinde/20250417/6621.html",
        title="参加迷迭香种植技术培训心得体会",
        record_title="【精选】参加迷迭香种植技术培训心得体会（通用2篇）",
        date="2025-04-16",
        notes="decorated record title; a 范文 site's chrome; date only under the signature",
        page="""
!m 芳草范文馆——写材料，先来这儿翻一翻
!m 您在这里：首页 » 心得体会 » 培训心得
!t 【精选】参加迷迭香种植技术培训心得体会（通用2篇）
!m 整理：小苗　更新：2小时前　热度：1406
{BODY}
!a 本篇共计1180字，点此一键拷贝全文
!w 材料赶时间？资深笔杆一对一代笔，薇信 fcfw_2288
!l 你可能还想看：
!l · 参加茶叶加工培训的收获与体会
!l · 农技夜校学习心得（3篇）
!d 声明：本馆范文均来源于网友投稿，版权归原作者，如有侵权请来信删除。
""",
        body="""
四月上旬，我参加了鹭原县农业技术推广中心举办的迷迭香种植技术培训班，为期三天，收获很大。
培训中，老师从品种选择讲起，详细讲解了扦插育苗、起垄排水、修剪采收等环节。过去我以为迷迭香耐旱就可以少管，这次才知道积水比干旱更伤根。
在实地观摩环节，我们来到鹂山镇的种植基地，看到一垄垄修剪整齐的植株，基地负责人介绍，规范管理后每亩鲜叶产量提高了近三成。
回村后，我打算先把自家两亩地的排水沟重新挖一遍，再按老师教的间距补栽新苗，争取今年秋天能交上第一批合格鲜叶。
鹭原县鹂山镇种植户　何满仓
2025年4月16日
""",
    ),
    dict(
        slug="fanwen-oldtable-checkers-opening-speech",
        site="老笔头公文范本网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.laobitou-gw.example.net/jianghua/html/2025/03/11093.asp",
        title="在全县中老年跳棋邀请赛开幕式上的致辞",
        record_title="在全县中老年跳棋邀请赛开幕式上的致辞_领导讲话_老笔头公文范本网",
        date="2025-03-08",
        notes="old gb2312 table layout with marquee, visitor counter, font-size row; speech with date under its title (neutral) and speaker line",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>在全县中老年跳棋邀请赛开幕式上的致辞_领导讲话_老笔头公文范本网</title>
<script language="javascript">function fontZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}</script></head>
<body><table width="960" align="center"><tr><td><marquee>⟦m 老笔头公文范本网：十万篇范本免费翻阅，每日更新三百篇⟧</marquee></td></tr>
<tr><td class="nav">⟦m 首页 | 领导讲话 | 工作总结 | 述职报告 | 心得体会 | 主持词⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="pos">⟦m 当前栏目：领导讲话 &gt;&gt; 开幕致辞⟧</div>
<h2>⟦t 在全县中老年跳棋邀请赛开幕式上的致辞⟧</h2>
<div>⟦a 【阅读字号：特大 较大 默认】⟧</div>
<div>县文体局副局长　邹秋萍</div>
<div>（2025年3月8日）</div>
<div id="zoom">
{BODY}
</div>
<div>⟦l 上一篇范本：在春季全民健身启动仪式上的讲话⟧</div>
<div>⟦l 下一篇范本：老年大学结业典礼主持词⟧</div>
</td><td width="250" valign="top"><div class="box">⟦l 本月下载榜⟧<br>⟦l 1. 体育赛事闭幕式致辞三篇⟧<br>⟦l 2. 重阳节敬老活动讲话⟧</div></td></tr></table>
<table width="960" align="center"><tr><td class="foot">⟦m 您是本站第 0386214 位访客⟧<br>⟦m 鄂ICP备17005823号⟧</td></tr></table>
</body></html>
""",
        body="""
各位棋友、同志们：
今天，全县中老年跳棋邀请赛在县文化活动中心开幕，来自十二个乡镇和县直单位的八十六名选手齐聚一堂。我代表县文体局，向参赛选手表示热烈欢迎！
跳棋规则简单、老少皆宜，一张棋盘就能让人动脑、交流、结伴。近年来，我县把棋类活动纳入老年人文体活动内容，全县已建成村级棋牌活动室一百四十个。
希望各位选手赛出水平、赛出风格，也请各位裁判员公正执裁、热情服务。
预祝本次邀请赛圆满成功！
""",
    ),
    dict(
        slug="wenku-pigeon-whistle-workshop-plan-markers",
        site="知仓文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.zhicang.example.com/view/a8f31c20e7.html",
        title="鸬川区鸽哨制作技艺传习工作坊实施方案",
        record_title="鸬川区鸽哨制作技艺传习工作坊实施方案",
        date="2025-05-20",
        notes="文库 preview: page markers ⟮n⟯ on lines of their own cutting sentences; preview-end and pay prompts",
        pages=dict(fmt="⟮{n}⟯", every=150, start=2),
        page="""
!m 知仓文库 | 海量文档在线阅读
!m 文档分类：行业资料 › 文化艺术
!m 共5页　1.3万次阅读　上传于2025-05-23
{T}
{BODY}
!a 预览已到第4页，开通知仓会员可阅读并下载全部5页
!a 立即下载（需38知仓币）
!l 相关文档推荐
!l 非遗传承人带徒授艺协议书范本
!d 本文档由用户自行上传，知仓文库仅提供信息存储空间，不对内容真实性负责。
""",
        body="""
为保护和传承区级非物质文化遗产鸽哨制作技艺，让更多青少年了解这门手艺，结合我区实际，制定本方案。
一、活动时间和地点
2025年6月至10月，每月第二、第四个周六下午，在区文化馆二楼非遗传习室举办。
二、参加对象
全区中小学生及对鸽哨制作感兴趣的市民，每期招收学员二十名，以报名先后为序。
三、教学内容
由区级代表性传承人杜鸣远授课，讲授选葫芦、开口、装哨、上漆、试音等工序，每名学员完成一只葫芦哨作品。
四、工作要求
各街道文化站要做好宣传发动，区文化馆负责场地、材料和安全保障，活动结束后择优展出学员作品。
鸬川区文化和旅游局
2025年5月20日
""",
    ),
    dict(
        slug="wenku-handkerchief-factory-rules-html-pages",
        site="页页通文库 (invented)",
        style="文库预览",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.yeyetong.example.cn/doc/55120873.html",
        title="锦帕纺织厂缝纫车间安全操作规程",
        record_title="锦帕纺织厂缝纫车间安全操作规程.docx",
        date=None,
        notes="file-name record title; HTML reader with page-marker paragraphs cutting a sentence; no date",
        pages=dict(fmt="· 第{n}页 ·", every=130, start=2),
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>锦帕纺织厂缝纫车间安全操作规程.docx - 页页通文库</title>
<script src="/static/reader.min.js"></script></head><body>
<header class="hd"><a class="logo">⟦m 页页通文库⟧</a><nav>⟦m 首页　分类　排行榜　文库会员⟧</nav><span>⟦a 登录 / 注册⟧</span></header>
<div class="crumb">⟦m 页页通 › 行业文档 › 纺织服装⟧</div>
<main class="reader"><h1>⟦t 锦帕纺织厂缝纫车间安全操作规程⟧</h1>
<div class="docinfo">⟦m 格式：docx　大小：21KB　页数：3　贡献者：lin***⟧</div>
{BODY}
<div class="lock">⟦a 剩余内容已隐藏，扫码支付2.9元即可阅读全文⟧</div>
<div class="btns">⟦a 下载文档⟧ ⟦a 加入收藏⟧ ⟦a 分享给好友⟧</div>
</main>
<aside><h4>⟦l 同类文档⟧</h4><ul><li>⟦l 手帕锁边工序作业指导书⟧</li><li>⟦l 服装厂电工安全规程⟧</li></ul></aside>
<footer>⟦d 用户上传的文档仅供学习参考，版权归原作者所有，若侵权请联系平台处理。⟧<br>⟦m 粤ICP备19062214号-3⟧</footer>
</body></html>
""",
        body="""
第一条　为规范缝纫车间安全作业，防止机械伤害和火灾事故，制定本规程。
第二条　上岗前应检查缝纫机针板、压脚、皮带罩是否完好，发现松动或破损应立即报告班组长，不得带病运行。
第三条　操作时头发应盘入工作帽内，手指与机针保持安全距离，换针、穿线、清理线头时必须先关闭电源。
第四条　车间内严禁吸烟，布料和成品手帕应堆放在指定区域，与配电箱保持一米以上距离。
第五条　下班前关闭设备电源和照明，清扫布屑，由班组长检查后锁门。
""",
    ),
    dict(
        slug="gov-county-walking-stick-distribution-html",
        site="鹬湾县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.yuwan.example.gov.cn/zwgk/tzgg/202509/t20250905_88213.html",
        title="关于为80周岁以上老年人免费发放助行拐杖的通知",
        record_title=None,
        date="2025-09-05",
        notes="county portal with 索引号 table, 长者模式 link; no record title; document's own 联系人/电话 beside the portal's hotline; 附件 list",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>鹬湾县人民政府</title>
<script>var _hmt=_hmt||[];</script></head><body>
<div class="topbar">⟦a 长者模式⟧ ⟦a 无障碍浏览⟧ ⟦a 简体 | 繁體⟧</div>
<div class="banner">⟦m 鹬湾县人民政府　www.yuwan.example.gov.cn⟧</div>
<ul class="menu"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="loc">⟦m 当前位置：首页 > 政务公开 > 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：11332718MB0C41275Y/2025-00317⟧</td><td>⟦m 发布机构：鹬湾县民政局⟧</td></tr>
<tr><td>⟦m 成文日期：2025-09-05⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>⟦t 关于为80周岁以上老年人免费发放助行拐杖的通知⟧</h1>
<div class="content">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧ ⟦a 【字号 大 中 小】⟧</div>
<div class="foot">⟦m 主办：鹬湾县人民政府办公室　网站纠错电话：0573-86102200⟧<br>⟦m 浙ICP备05011742号⟧　⟦m 政府网站标识码：3304830017⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府、街道办事处：
为方便高龄老年人安全出行，县民政局决定为全县80周岁以上老年人免费发放助行拐杖，现将有关事项通知如下。
一、发放对象：户籍在本县、2025年9月30日前年满80周岁且尚未领取过助行器具的老年人。
二、发放方式：由村（社区）统计名单，乡镇汇总后于9月20日前报县民政局，拐杖统一配送到村，由村干部送上门。
三、工作要求：各地要逐户核实、不漏一人，对行动不便的老人要现场调好拐杖高度并讲解使用方法。
联系人：县民政局养老服务科　钟晓岚，电话：0573-86107315。
附件：1.助行拐杖发放名单汇总表
2.助行拐杖签收单
鹬湾县民政局
2025年9月5日
""",
    ),
    dict(
        slug="gov-agri-rosemary-subsidy-text",
        site="鹂山县农业农村局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://nyj.lishan.example.gov.cn/tzgg/2025/0312/4410.html",
        title="关于做好2025年迷迭香等芳香植物种苗补贴申报工作的通知",
        record_title="关于做好2025年迷迭香等芳香植物种苗补贴申报工作的通知_通知公告_鹂山县农业农村局",
        date="2025-03-12",
        notes="_column_site title; 文号 neutral; 抄送 and 印发 版记 kept; 附件 list",
        page="""
!m 鹂山县农业农村局
!m 首页 ＞ 通知公告
!m 来源：种植业股　日期：2025-03-12　浏览：372次
{T}
鹂农〔2025〕19号
{BODY}
!a 【我要打印】【关闭本页】
!m 地址：鹂山县迎宾大道9号　邮编：335900
""",
        body="""
各乡镇农业综合服务中心：
为推动芳香植物产业发展，经研究，2025年继续对新栽迷迭香、薰衣草以外的芳香植物种苗给予补贴，现就申报工作通知如下。
一、补贴标准：新栽迷迭香每亩补贴种苗费三百元，单个经营主体补贴面积不超过五十亩。
二、申报时间：2025年3月15日至4月15日。
三、申报材料：申请表、土地承包或流转合同复印件、种苗购买票据。
附件：2025年芳香植物种苗补贴申请表
鹂山县农业农村局
2025年3月12日
抄送：县财政局，县乡村振兴局。
鹂山县农业农村局办公室　2025年3月12日印发
""",
    ),
    dict(
        slug="news-portal-tap-dance-gala-html",
        site="鹟田新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.wengtian.example.com/wenhua/2025-12/29/c_20251229_3381.html",
        title="鹟田区首届踢踏舞展演在文化广场举行",
        record_title="鹟田区首届踢踏舞展演在文化广场举行-鹟田新闻网",
        date="2025-12-28",
        notes="news portal: photo caption between paragraphs, editor line glued after the last paragraph; byline time is the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>鹟田区首届踢踏舞展演在文化广场举行-鹟田新闻网</title>
<script async src="/js/ad.js"></script></head><body>
<div class="top">⟦m 鹟田新闻网 | 鹟田区融媒体中心主办⟧</div>
<nav>⟦m 要闻　区县　文化　民生　视频　专题⟧</nav>
<article><h1>⟦t 鹟田区首届踢踏舞展演在文化广场举行⟧</h1>
<div class="meta">⟦m 2025-12-28 20:41　来源：鹟田区融媒体中心　记者 汤可心⟧</div>
{BODY}
</article>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<aside><h3>⟦l 热点排行⟧</h3><ol><li>⟦l 区图书馆新年延时开放⟧</li><li>⟦l 滨河绿道二期今起通行⟧</li></ol></aside>
<footer>⟦d 本网所刊稿件未经授权不得转载、摘编⟧<br>⟦m 互联网新闻信息服务许可证：33120190013⟧</footer>
</body></html>
""",
        body="""
12月28日晚，鹟田区首届踢踏舞展演在区文化广场举行，来自全区九支业余舞队的二百余名队员轮番登台。
展演以“踢响新时代”为主题，节目既有爱尔兰踢踏、美式踢踏，也有融入本地渔歌元素的原创作品。
⟦m 图为鹟田街道舞队表演原创节目《渔火》。（记者 汤可心 摄）⟧
区文化馆馆长卢振宇介绍，近两年全区踢踏舞爱好者已超过一千人，下一步将在各街道开设公益培训班。
当晚的展演吸引了三千多名市民现场观看。⟦m （责任编辑：方蓉）⟧
""",
    ),
    dict(
        slug="news-text-pigeon-whistle-exhibition",
        site="鸬川日报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.luchuanrb.example.cn/content/2025-08/16/044719.html",
        title="百只鸽哨亮相鸬川博物馆",
        record_title="百只鸽哨亮相鸬川博物馆",
        date="2025-08-16",
        record_date="2025-08-16",
        notes="record date; news page with a lead photo caption, related reading",
        page="""
!m 鸬川日报网　鸬川人自己的新闻门户
!m 首页 > 本地 > 文化
{T}
!m 鸬川日报　2025年08月16日　第03版　作者：景行
!a 字号：大 中 小　　打印
{BODY}
!l 相关阅读：
!l 鸽哨传承人杜鸣远：一只哨子做半年
!l 鸬川博物馆暑期开放时间调整
!m 编辑：程欣　校对：唐一鸣
""",
        body="""
本报讯　16日，“云中清音——鸬川鸽哨艺术展”在鸬川博物馆开幕，一百余只不同年代、不同形制的鸽哨首次集中亮相。
展品中既有清代的葫芦哨、星排哨，也有当代传承人用竹管、苇管制作的新作品，不少哨口还保留着当年的漆色。
策展人介绍，鸽哨系在鸽子尾羽上，鸽群盘旋时发出声响，是老城居民熟悉的声音记忆。
展览将持续至10月底，市民可免费参观。
""",
    ),
    dict(
        slug="forum-checkers-tournament-report-junk",
        site="鸰城生活论坛 (invented)",
        style="论坛",
        genre="新闻",
        kind="news",
        form="text",
        source="https://bbs.lingcheng.example.com/thread-220871-1-1.html",
        title="第三届鸰城社区跳棋擂台赛战报",
        record_title="[赛事] 第三届鸰城社区跳棋擂台赛战报 - 棋牌天地 - 鸰城生活论坛",
        date="2025-07-06",
        notes="forum post with junk lines and glued junk; 发表于 is the page date; quick-reply box",
        junk=dict(lines=1, glued=2),
        page="""
!m 鸰城生活论坛 » 兴趣圈 » 棋牌天地
!m 查看: 1862 | 回复: 24
!t [赛事] 第三届鸰城社区跳棋擂台赛战报
!m 楼主　老棋迷阿旺　发表于 2025-7-6 21:15
{BODY}
!l 回复 支持 反对
!a 登录后才可以回帖，没有账号？立即注册
!l 快速回复　发表回复
""",
        body="""
今天下午，第三届鸰城社区跳棋擂台赛在南门社区活动室结束，我作为志愿者全程记录，给大家报个战况。
本届比赛共有五十二人报名，分少儿组和成人组。少儿组冠军是实验小学四年级的吴小舟，全程只输了一盘。
成人组决赛在两位退休教师之间进行，第三局双方僵持了四十多分钟，最后刘老师以一步之差胜出。
社区主任在颁奖时说，明年打算增设亲子组，欢迎一家人组队参加。
照片太多传不上来，明天再补。
""",
    ),
    dict(
        slug="forum-discuz-pigeon-whistle-tuning-html",
        site="京韵鸽友会论坛 (invented)",
        style="论坛",
        genre="经验分享",
        kind="other",
        form="html",
        source="https://www.geyouhui.example.net/forum.php?mod=viewthread&tid=90217",
        title="新手做葫芦鸽哨，音不准的几个原因",
        record_title="新手做葫芦鸽哨，音不准的几个原因 - 制哨交流 - 京韵鸽友会论坛",
        date="2025-02-19",
        notes="Discuz-like forum with jammer fonts; 发表于 date; signature line and rating box",
        junk=dict(lines=1, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>新手做葫芦鸽哨，音不准的几个原因 - 制哨交流 - 京韵鸽友会论坛</title>
<script src="static/js/common.js"></script></head><body>
<div id="hd">⟦m 京韵鸽友会论坛⟧ ⟦a 登录 | 立即注册 | 找回密码⟧</div>
<div id="pt">⟦m 论坛 › 手艺区 › 制哨交流 › 查看内容⟧</div>
<div class="pls">⟦m 鹛湖老杜　主题 37　帖子 512　积分 2190⟧</div>
<h1>⟦t 新手做葫芦鸽哨，音不准的几个原因⟧</h1>
<div class="authi">⟦m 发表于 2025-2-19 10:02⟧ ⟦a 只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 签名：一哨一鸽一片天⟧</div>
<div class="rate">⟦l 评分　参与人数 6　鸽币 +18　收起理由⟧</div>
<div id="ft">⟦d Powered by Discuz! X3.5 © 2001-2025⟧ ⟦m 京ICP备16031179号⟧</div>
</body></html>
""",
        body="""
最近好几位新入坑的朋友私信问我，照着视频做的葫芦哨吹起来发闷、音也不准，我把常见的原因总结一下。
第一是葫芦壁太厚。壁厚不匀，共鸣腔就不稳，做之前要用灯照一照，选壁薄且均匀的。
第二是哨口开得不对。哨口的斜面角度太陡，气流打不到刃口上，声音自然发哑。
第三是装哨时胶没干透就试音，哨管会慢慢错位，前一天准的音第二天就跑了。
大家做好之后可以先在屋里用吹风机冷风试一试，确认了再上鸽子。
""",
    ),
    dict(
        slug="blog-tap-dance-teacher-diary",
        site="踢踏时光 个人博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://tapdiary.example.blog/2025/10/a-year-of-classes.html",
        title="教社区阿姨跳踢踏舞的第一年",
        record_title="教社区阿姨跳踢踏舞的第一年 | 踢踏时光",
        date="2025-10-19",
        notes="blog with a bracketed post time, tag line, archive list, comment form",
        page="""
!m 踢踏时光 —— 一双舞鞋走天下
!m 首页 / 随笔 / 舞蹈 / 关于我
{T}
!m [2025-10-19 22:37]　分类：教学手记　阅读(214)　评论(6)
{BODY}
!l 标签：踢踏舞 社区教学 中老年
!l « 上一篇：鞋底铁片掉了怎么自己修
!l 文章归档：2025年10月 (3)　2025年9月 (5)
!l 发表评论　昵称（必填）　邮箱（不会公开）
!d 本博客文字除特别说明外均为原创，转载请保留作者署名。
""",
        body="""
去年十月，鹡岭街道的王书记找到我，问能不能给社区的阿姨们开个踢踏舞班，我犹豫了好几天才答应。
第一节课来了十九个人，最大的六十八岁。大家最担心的是膝盖，所以头两个月我只教站姿和基本的踏步，不跳任何快节奏的组合。
到了春天，阿姨们已经能跟着音乐完成一支两分钟的小组合，还在社区春晚上表演了一次，台下的掌声让她们开心了好久。
这一年我最大的体会是，中老年人学舞蹈不怕慢，怕的是没人陪着坚持。
明年我想再开一个男士班，看看叔叔们敢不敢来。
""",
    ),
]
