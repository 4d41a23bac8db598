"""holdout105, part D: blog, WeChat, sharing, education, intranet, Q&A, collection, Party,
hospital, university, local forum and download pages. Invented text."""

CASES = [
    dict(
        slug="blog-guanzhuang-engineer-changeover",
        site="灌装车间的夜 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="https://guanzhuangye.example-blog.com/post/2024/05/huanxing",
        title="灌装线换型那一周",
        record_title="【车间手记】灌装线换型那一周 | 灌装车间的夜",
        date="2024-05-19",
        notes="engineer's blog; bracketed post time; tags and archive; reader comments",
        page="""
!m 灌装车间的夜 —— 一个水厂设备员的碎碎念
!m 首页 | 车间手记 | 设备笔记 | 读书 | 留言板
!t 【车间手记】灌装线换型那一周
!m 〔2024-05-19 23:40〕　　标签：灌装线 换型 矿泉水
{BODY}
!l 标签：车间手记 / 设备调试
!l 评论(2)：水厂老王：吹瓶机那一段太真实了
!l 归档：2024年5月(3)　2024年4月(5)
!d 原创内容，转载请注明出处
""",
        body="""
厂里要把一条550毫升的灌装线改成1.5升，给了我们七天时间。
前三天换模具、改输送带导轨，吹瓶机的温度曲线调了十几遍，瓶底总是发白。
第五天夜里，老师傅把加热灯管的高度往下压了两毫米，瓶子一下子就正常了。
第七天下午，新线连续跑了四个小时，没有出一个废瓶。那天晚上我在车间门口站了很久，听着灌装机咔嗒咔嗒的声音，觉得特别踏实。
""",
    ),
    dict(
        slug="wechat-guanchao-scenic-five-spots-html",
        site="汐口观潮景区 公众号镜像 (invented)",
        style="公众号镜像",
        genre="提示",
        kind="other",
        form="html",
        source="https://wxmirror.example.net/articles/xikou_guanchao_0912",
        title="今年观潮，这五个位置千万别站",
        record_title="今年观潮，这五个位置千万别站 | 汐口观潮景区",
        date="2024-09-12",
        notes="WeChat-style mirror; account date line; follow and 在看 prompts; reading-original link",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>今年观潮，这五个位置千万别站</title></head>
<body>
<div id="js_content_wrap">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 汐口观潮景区　2024-09-12 18:00　发表于浙江⟧</div>
<p>⟦a 👆点击上方蓝字关注我们，观潮资讯早知道⟧</p>
{BODY}
<p>⟦l 往期回顾：观潮节交通指南来了｜夜潮怎么看？⟧</p>
<p>⟦a 分享　收藏　在看　赞⟧</p>
<p>⟦m 阅读原文　阅读 10万+⟧</p>
</div>
<div class="mirror-foot">⟦d 本页内容由镜像站自动抓取，版权归原公众号所有⟧</div>
</body></html>
""",
        body="""
一年一度的观潮季又到了。每年都有游客因为站错位置被潮水打湿、冲倒，今天给大家划个重点。
第一，丁字坝坝头。回头潮在这里拍击最猛，浪高可达五六米。
第二，堤外滩涂。潮水推进速度比人跑得还快，切勿下堤。
第三，老盐仓排水口附近。这里地势低，潮水容易翻上堤顶。
第四，临时搭建的高台。人多拥挤，容易发生坍塌。
第五，警戒线以外的任何地方。请听从现场工作人员指挥。
""",
    ),
    dict(
        slug="docshare-silage-testing-minutes-html",
        site="智享文档 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.zhixiangdoc.example.com/p-90217743.html",
        title="青贮饲料质量检测培训会会议纪要",
        record_title="青贮饲料质量检测培训会会议纪要.doc",
        date="2024-10-11",
        notes="sharing reader; file-name title; minutes' 时间/地点/主持/参会 lines; page marker paragraph cutting a sentence",
        page="""
<html><head><meta charset="utf-8"><title>青贮饲料质量检测培训会会议纪要.doc-智享文档</title></head>
<body>
<div class="topnav">⟦m 智享文档　|　分享知识，传播价值⟧ <span>⟦a 上传文档　登录⟧</span></div>
<div class="docinfo"><h1>⟦t 青贮饲料质量检测培训会会议纪要.doc⟧</h1><p>⟦m 贡献者：牧草人　　页数：3页　　阅读：417⟧</p></div>
<div class="reader">
{BODY}
</div>
<div class="after">⟦a 还剩1页未读，继续阅读⟧</div>
<div class="after">⟦a 下载券：2　　立即下载⟧</div>
<div class="recommend">⟦l 相关文档：青贮饲料感官评定方法　苜蓿青贮技术要点⟧</div>
</body></html>
""",
        pages=dict(fmt="— 第{n}张 —", every=160, start=2),
        body="""
时间：2024年10月10日上午
地点：县畜牧兽医站三楼会议室
主持：冯建军
参会：各乡镇畜牧站站长、规模牧场技术员共32人
会议邀请省饲草饲料工作站专家讲授了青贮饲料感官评定、pH值测定和干物质含量测定方法，并现场演示了取样操作。
会议要求，各乡镇要在11月底前对辖区规模牧场的青贮饲料各抽检一次，检测结果报县畜牧兽医站汇总。
县畜牧兽医站
2024年10月11日
""",
    ),
    dict(
        slug="edu-shatuo-school-dune-study-plan",
        site="沙陀县第二中学 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.stezx.example.cn/xxgk/jhzj/1088.html",
        title="八年级治沙研学实践活动方案",
        record_title="八年级治沙研学实践活动方案 - 沙陀县第二中学",
        date="2024-09-02",
        notes="school site; schedule table; the school's contact kept beside the site's webmaster line",
        page="""
!m 沙陀县第二中学　厚德　笃学　强体　尚美
!m 首页 › 学校公开 › 计划总结
{T}
!m 发稿：德育处　　时间：2024-09-03　　点击：329
{BODY}
!m 网站管理员邮箱：webmaster@stezx.example.cn
!l 上一篇：2024年秋季开学工作安排　　下一篇：新生军训总结
""",
        date_also=["2024-09-03"],
        body="""
为让学生了解家乡治沙历史，增强生态保护意识，学校决定组织八年级学生赴北沙窝治沙站开展研学实践。
时间　内容　负责人
9月20日上午　参观治沙纪念馆　马晓云
9月20日下午　体验扎设草方格　张立
活动要求：学生统一穿校服、戴遮阳帽，自带饮用水；各班主任全程跟队。
联系人：德育处马晓云，电话：0483-6621045。
沙陀县第二中学
2024年9月2日
""",
    ),
    dict(
        slug="oa-yanjiang-expressway-fog-patrol-html",
        site="沿江高速运营公司 协同办公 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.yjgs.example.local/gw/view?docid=2024-1107-033",
        title="关于启动团雾天气路段巡查三级响应的通知",
        date="2024-11-07",
        notes="intranet document view; 流转记录 and read counts; 文号 neutral",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 沿江高速运营公司协同办公平台</title></head>
<body>
<div class="oa-top">⟦m 沿江高速运营公司协同办公平台⟧ <span>⟦m 欢迎您，路政大队 许文涛⟧</span> <span>⟦a 退出⟧</span></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文查询　通讯录⟧</div>
<div class="doc">
<h2>{T}</h2>
<p class="wh">沿江运安〔2024〕47号</p>
{BODY}
</div>
<div class="lz">⟦m 流转记录：安全部拟稿 → 分管副总审核 → 总经理签发 → 各大队签收⟧</div>
<div class="yd">⟦m 已读 46 人　未读 3 人⟧</div>
<div class="btns">⟦a 签收　转办　导出⟧</div>
</body></html>
""",
        body="""
各路政大队、养护中心、监控中心：
据县气象局预报，11月8日至10日凌晨至上午沿江段将出现团雾天气。经研究，决定自11月8日0时起启动团雾天气路段巡查三级响应。
一、监控中心每小时调取一次K32至K58段视频，发现能见度低于200米立即通报。
二、路政大队加密巡查频次至每两小时一次，巡查车辆全程开启警示灯。
三、养护中心暂停该路段白天占道作业。
沿江高速公路运营有限公司
2024年11月7日
""",
    ),
    dict(
        slug="qa-zhidao-seahorse-home-aquarium-html",
        site="知道吧问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://zhidaoba.example.com/question/288150773.html",
        title="海马能在家里的鱼缸养吗？",
        record_title=None,
        date="2024-03-27",
        notes="Q&A page; question as the title; 回答于 is the date; answerer badge and related questions",
        page="""
<html><head><meta charset="utf-8"><title>海马能在家里的鱼缸养吗？_知道吧问答</title></head>
<body>
<div class="hd">⟦m 知道吧问答⟧ <input> <span>⟦a 搜索答案　我要提问⟧</span></div>
<div class="question"><h1>{T}</h1><p>⟦m 提问者：鱼缸小白　2024-03-26⟧</p></div>
<div class="answer">
<div class="ans-head">⟦m 水族老炮儿　｜　采纳率92%　｜　回答于 2024-03-27 10:15⟧</div>
{BODY}
<div class="vote">⟦l 有用 86　　无用 3　　评论⟧</div>
</div>
<div class="more">⟦l 相关问题：海马吃什么饲料？　海水缸需要什么设备？⟧</div>
<div class="ft">⟦d 答案由网友提供，仅供参考⟧</div>
</body></html>
""",
        body="""
能养，但难度比一般海水鱼高得多，不建议新手直接上手。
首先，一定要买人工繁育的海马，野生海马受保护，买卖是违法的。
其次，海马游得慢、吃得慢，不能和抢食的鱼混养，最好单独开一个缸，水温控制在22到26度。
最后，人工繁育的海马可以慢慢驯化吃冻糠虾，但每天要喂两到三次，吃剩的要及时吸出来。
""",
    ),
    dict(
        slug="anthology-laojie-painter-forty-years",
        site="老棠溪文丛 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="text",
        source="https://wencong.example.org/laotangxi/chapter/27",
        title="给老街写了四十年招牌",
        record_title="《老街旧事》卷三·给老街写了四十年招牌",
        date=None,
        notes="retired painter's collection; no date (relative update time only); one-line body",
        page="""
!m 老棠溪文丛 · 《老街旧事》卷三
!t 《老街旧事》卷三·给老街写了四十年招牌
!m 更新于 2天前　　阅读 640
{BODY}
!l 上一篇：油漆铺的学徒　｜　下一篇：最后一块金字招牌
!a 加入书架　　分享本篇
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
我十六岁进油漆铺当学徒，师傅让我先练了整整一年的横竖撇捺，才许我碰招牌。
那时候老街上的招牌都是手写的，米店、布庄、药铺，一家一个样，一看字就知道是谁家的手笔。
后来街上流行灯箱和喷绘，找我写招牌的人一年比一年少，我只好去工地刷墙。
前年街道要修复老招牌，又把我请了回来。站在梯子上给“源丰酱园”补金的时候，我觉得这四十年没有白过。
""",
    ),
    dict(
        slug="dangjian-quanling-water-branch-summary",
        site="泉岭国企党建 (invented)",
        style="党建网",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://dj.quanlingsasac.example.cn/jcdj/2025/0109_3021.html",
        title="泉岭山泉公司党支部2024年度工作总结",
        record_title="【支部工作】泉岭山泉公司党支部2024年度工作总结",
        date="2025-01-08",
        notes="Party-building site; chrome glued before a sentence; decimal-free numbered items",
        page="""
!m 泉岭国企党建　国资委党委主办
!m 首页 / 基层党建 / 支部工作
!t 【支部工作】泉岭山泉公司党支部2024年度工作总结
!m 发布时间：2025-01-09 09:12　　来源：泉岭山泉公司党支部
{BODY}
!a 〔打印〕〔关闭〕
!m 泉岭市国资委党委　版权所有
""",
        date_also=["2025-01-09"],
        body="""
2024年，公司党支部围绕“党建引领护水源、提质增效促发展”，扎实推进各项工作。
一、强化政治引领。全年召开支委会12次、党员大会4次，讲专题党课3次。
二、建强战斗堡垒。在水源地巡护队设立党员责任区，党员带头参与巡护186人次。
⟦l 【相关阅读】国企党建品牌创建经验交流⟧三、助力生产经营。党员攻关小组完成灌装线换型改造，年产能提高15%。
2025年，支部将继续在保护水源、保障质量上发挥党员先锋作用。
中共泉岭山泉饮品有限公司支部委员会
2025年1月8日
""",
    ),
    dict(
        slug="hospital-wuping-trauma-fog-lecture",
        site="雾屏县中医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.wpzyy.example.com/yydt/tzgg/20241125/662.html",
        title="关于举办团雾天气交通伤急救知识公益讲座的通知",
        record_title="关于举办团雾天气交通伤急救知识公益讲座的通知_医院公告_雾屏县中医院",
        date="2024-11-25",
        notes="hospital site; the department's 咨询电话 kept beside the hospital's 24-hour line; chrome at both ends",
        page="""
!m 雾屏县中医院　24小时急救电话：0513-5520120
!m 首页 → 医院动态 → 医院公告
{T}
!m 作者：医务科　　发布时间：2024-11-25　　阅读：211
{BODY}
!w 在线预约挂号请关注医院服务号，或拨打预约专线
!l 【返回顶部】　【上一篇】冬季流感防治小贴士
!m Copyright © 雾屏县中医院　苏ICP备11039218号
""",
        body="""
为提高驾驶员和沿线群众在团雾天气交通事故中的自救互救能力，我院急诊科定于2024年11月30日下午2时在门诊楼五楼报告厅举办公益讲座。
讲座内容包括：事故现场安全防护、止血包扎、骨折固定和心肺复苏。
欢迎各运输企业驾驶员、沿线村民参加，讲座免费，现场提供急救包。
急诊科咨询电话：0513-5520336。
雾屏县中医院
2024年11月25日
""",
    ),
    dict(
        slug="university-dongke-silage-contest-html",
        site="北疆农业大学 动物科学学院 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://dkxy.bjnd.example.edu.cn/tzgg/2024/1015/c3327a88102/page.htm",
        title="关于举办第五届青贮饲料品质评定技能竞赛的通知",
        date="2024-10-14",
        notes="university school page; attachment list kept; 报名 by e-mail; schedule table",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办第五届青贮饲料品质评定技能竞赛的通知</title></head>
<body>
<div class="head">⟦m 北疆农业大学动物科学学院⟧</div>
<div class="nav">⟦m 首页 学院概况 人才培养 科学研究 学生工作 党建工作⟧</div>
<div class="pos">⟦m 您所在的位置：首页 &gt; 通知公告⟧</div>
<div class="article">
<h1>{T}</h1>
<div class="arti_metas">⟦m 发布者：学生工作办公室　发布时间：2024-10-15　浏览次数：742⟧</div>
{BODY}
</div>
<div class="footer">⟦m 版权所有 © 北疆农业大学动物科学学院　地址：北疆市农大路9号⟧</div>
</body></html>
""",
        date_also=["2024-10-15"],
        body="""
各班级：
为提高学生饲草饲料专业技能，学院决定举办第五届青贮饲料品质评定技能竞赛。
环节　时间　地点
理论笔试　10月26日上午　教学楼A204
感官评定　10月26日下午　饲料实验室
请各班于10月22日前将报名表发送至邮箱dkxsgb@bjnd.example.edu.cn。
附件：青贮饲料品质评定技能竞赛报名表
动物科学学院
2024年10月14日
""",
    ),
    dict(
        slug="localforum-xikou-bore-south-dike-html",
        site="汐口论坛 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="http://bbs.xikou.example.net/thread-77812-1-1.html",
        title="八月十八观潮，南堤哪一段安全？求本地人指点",
        date=None,
        notes="county forum; relative post time, so no date; replies as list chrome",
        page="""
<html><head><meta charset="utf-8"><title>八月十八观潮，南堤哪一段安全？求本地人指点 - 汐口论坛</title></head>
<body>
<div class="hd">⟦m 汐口论坛　汐口第一生活社区⟧</div>
<div class="bm">⟦m 汐口论坛 › 吃喝玩乐 › 旅游出行⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 外地小周　新手上路　积分 12⟧</td>
<td class="plc"><h1>{T}</h1><div class="pti">⟦m 发表于 3天前　|　只看该作者⟧</div>
{BODY}
</td></tr></table>
<div class="reply">⟦l 沙发 潮人阿宝：南堤观潮公园里面那段最好，有台阶有护栏⟧</div>
<div class="reply">⟦l 板凳 老汐口：千万别去排水闸那边⟧</div>
<div class="ft">⟦m 汐口论坛　浙ICP备12040077号　客服QQ：800066214⟧</div>
</body></html>
""",
        body="""
第一次带家里老人来汐口看潮，看了很多攻略，说南堤能看到一线潮，又说有的地方会被回头潮打到。
想问一下本地的朋友，南堤具体哪一段比较安全、视野也好？老人腿脚不好，最好离停车场近一点。
另外八月十八当天是不是要预约？听说有的观潮区要限流。
先谢谢大家了！
""",
    ),
    dict(
        slug="download-tsunami-sign-guide-no-date",
        site="标准资料吧 (invented)",
        style="资料下载站",
        genre="指南",
        kind="other",
        form="text",
        source="http://www.biaozhunziliao.example.net/down/60217.html",
        title="沿海村镇海啸疏散标识设置指南（试行）",
        record_title="沿海村镇海啸疏散标识设置指南（试行） 免费下载",
        date=None,
        notes="download station text page; no date in the document; file info and mirror links as chrome; decimal headings",
        page="""
!m 标准资料吧 — 专注标准规范资料分享
!m 首页 >> 安全应急 >> 应急预案
!t 沿海村镇海啸疏散标识设置指南（试行） 免费下载
!m 文件大小：218KB　　文件类型：PDF　　收录时间：2024-02-17
!m 内容预览：
{BODY}
!a 本地下载　|　高速下载　|　网盘下载（提取码 k7q2）
!l 下载地址失效？点此反馈
!d 本站资料来自网友上传，如有侵权请联系删除
""",
        body="""
1 总则
1.1 为规范沿海村镇海啸疏散标识的设置，引导群众快速撤离至避险场所，制定本指南。
1.2 本指南适用于县级以上人民政府确定的海啸风险区内村镇。
2 标识类型
2.1 疏散路线标识：设置于疏散道路交叉口，间距不宜大于200米。
2.2 避险场所标识：设置于避险场所入口，标明场所名称、海拔高度和容纳人数。
3 设置要求
标识应采用反光材料，底边距地面不低于2米，夜间能清晰辨认。
""",
    ),
]
