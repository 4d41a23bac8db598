"""holdout130, part D: land-boat dancers, wax-apple growers, guohua painters, a
stinky-tofu workshop, soy-milk makers, a skydiving club, hoop-rolling games in schools, a
pufferfish processor, a price-monitoring report and a plum-blossom poetry meeting.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-hanchuan-notice-township-landboat",
        site="蒹葭镇人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jjz.puyangx.example.gov.cn/xxgk/tzgg/202501/t20250110_1207.html",
        title="关于举办2025年春节旱船民俗展演活动的通知",
        record_title="关于举办2025年春节旱船民俗展演活动的通知 - 蒹葭镇人民政府",
        date="2025-01-10",
        notes="site suffix; a township page's info table lines; font-size row; the notice's own 联系人 beside the site's 监督电话; a schedule table",
        page="""
!m 蒹葭镇人民政府门户网站
!m 首页 › 信息公开 › 通知公告
!m 信息索引：JJZ-2025-00042　　发布机构：镇综合文化站　　公开方式：主动公开
!a 【字体：大 中 小】【打印】【关闭】
{BODY}
!m 网站监督电话：0393-4410012　主办单位：蒲洋县蒹葭镇人民政府
!m 豫ICP备13022890号-3
""",
        body="""
各行政村，镇直各单位：
为丰富群众春节文化生活，传承旱船这一民间艺术，镇政府决定举办2025年春节旱船民俗展演活动，现将有关事项通知如下。
一、展演时间和路线
日期　时间　路线
正月初五　上午9:00　镇政府广场至东街
正月十五　上午9:00　镇政府广场至南关村
二、参演队伍：各行政村至少组织一支旱船队，每队不少于十二人。
三、安全要求：各村要指定安全员，展演途中不得燃放烟花爆竹。
联系人：吕红梅，电话：0393-4410357。
蒹葭镇人民政府
2025年1月10日
""",
    ),
    dict(
        slug="news-lianwu-harvest-html-caption",
        site="南溟日报客户端 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://app.nanming.example.com/content/2025/03/27/991203.html",
        title="椰城镇莲雾喜获丰收 果农人均增收过万元",
        record_title="椰城镇莲雾喜获丰收 果农人均增收过万元",
        record_date="2025-03-27",
        date="2025-03-27",
        notes="record date; a news app page with open-app banner, photo caption between paragraphs, editor line glued after the last paragraph, a recommended list",
        page="""
<html><head><meta charset="utf-8"><title>南溟日报</title><script src="/js/app-open.js"></script></head>
<body>
<div class="openapp">⟦a 打开南溟日报APP　看更多本地新闻⟧</div>
<h1>{T}</h1>
<div class="by">⟦m 南溟日报全媒体记者　欧阳霏　2025.03.27 10:16⟧</div>
{BODY}
<div class="rec"><h4>⟦l 为你推荐⟧</h4><ul><li>⟦l 全省热带水果冷链物流骨干网建设提速⟧</li><li>⟦l 椰城镇入选省级“一村一品”示范镇⟧</li></ul></div>
<div class="bottom">⟦l 评论　点赞 86　转发⟧</div>
<footer>⟦d 南溟日报社版权所有，未经授权禁止转载⟧</footer>
</body></html>
""",
        body="""
3月下旬，椰城镇五千亩莲雾进入采收期，果园里一串串红艳艳的莲雾挂满枝头，果农们忙着采摘、分拣、装箱。
“今年挂果多，个头匀，收购价每斤十二元，比去年还高两元。”种植户林永福笑着说。
⟦m 图：椰城镇果农在采摘莲雾。全媒体记者 欧阳霏 摄⟧
近年来，椰城镇引导果农推广套袋、控梢等技术，并与电商平台合作建立了产地仓，莲雾从采摘到上架不超过四十八小时。
据测算，今年全镇莲雾产值有望突破一亿元，种植户人均增收一万元以上。⟦m （编辑：邝静　审核：许伟）⟧
""",
    ),
    dict(
        slug="forum-guohua-summary-discuz-jammer",
        site="丹青雅集论坛 (invented)",
        style="论坛",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://www.danqingyaji.example.net/thread-30581-1-1.html",
        title="2025年春季太行山写生活动总结",
        record_title="[活动总结] 2025年春季太行山写生活动总结 - 国画交流 - 丹青雅集论坛",
        date="2025-05-12",
        date_also=["2025-05-14"],
        notes="Discuz-like HTML with jammer fonts between and inside paragraphs; post time differs from the summary's date; signature line of the poster; floor replies",
        junk=dict(lines=2, glued=1),
        page="""
<html><head><meta charset="utf-8"><title>⟦t [活动总结] 2025年春季太行山写生活动总结 - 国画交流 - 丹青雅集论坛⟧</title>
<style>.jammer{display:none}</style></head>
<body>
<div id="hd">⟦m 丹青雅集论坛⟧ ⟦a 用户名 密码 登录 立即注册⟧</div>
<div id="pt">⟦m 丹青雅集 › 国画交流 › 活动专区⟧</div>
<div class="pls">⟦m 松石斋主人　UID 2217　主题 48　积分 3560⟧</div>
<div class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 2025-5-14 21:36　|　只看该作者⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 松石斋主人：画画是一辈子的功课⟧</div>
</div>
<div class="reply">⟦l 沙发　墨竹轩　2025-5-14 22:01　学习了，下次写生带上我⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4⟧ ⟦m Archiver｜手机版｜小黑屋⟧</div>
</body></html>
""",
        body="""
4月20日至27日，荻阳市美术家协会国画艺委会组织会员赴太行山开展春季写生活动，共有二十六名会员参加。
活动期间，大家先后在云岩村、鹰嘴岭等地写生，共完成写生作品二百一十余幅，其中山水画一百六十幅、速写五十余幅。
艺委会还邀请两位资深画家现场示范，讲解太行山石的皴法和构图取舍，会员们普遍反映收获很大。
此次写生也存在一些不足，如部分会员准备不够充分，个别写生点交通不便耽误了时间。
下一步，艺委会将选出优秀作品于7月举办写生汇报展。
荻阳市美术家协会国画艺术委员会
2025年5月12日
""",
    ),
    dict(
        slug="blog-choudoufu-insight-workshop-registration",
        site="臭豆腐老蒋的博客 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://blog.xiaochi.example.cn/laojiang/post/20250711",
        title="我的臭豆腐作坊办下小作坊登记证的经过",
        record_title="【随记】我的臭豆腐作坊办下小作坊登记证的经过",
        date="2025-07-11",
        notes="decorated record title; a blog's bracketed post time line is the page's date; comment box and archive; a sentence of the post about 下载 the application form",
        page="""
!m 臭豆腐老蒋的博客　|　一块豆腐，两代手艺
!m 首页　日志　相册　留言
!t 【随记】我的臭豆腐作坊办下小作坊登记证的经过
!m [2025-07-11 22:40]　分类：生活随记　|　阅读(96)　评论(4)
{BODY}
!l 分享到：QQ空间　新浪微博
!l 最新评论：长沙吃货：老蒋的臭豆腐是真香！（昨天 19:02）
!l 日志存档：2025年07月(2)　2025年06月(3)
""",
        body="""
家里的臭豆腐作坊开了十几年，一直没有正规手续，今年终于办下了食品小作坊登记证，记录一下经过。
三月份，市场监管所的同志上门宣传，说小作坊也要登记，登记了才能进超市和农贸市场。
我先在市场监管局网站下载了申请表，又按要求把作坊改成生料区、发酵区、油炸区三个区，墙面贴了瓷砖，装了纱窗和排烟罩。
六月底现场核查，七月初就拿到了证。前后花了两万多块钱，但心里踏实了。
老顾客说，有了证，吃我的臭豆腐更放心了。
""",
    ),
    dict(
        slug="wechat-doujiang-initiative-oneline",
        site="微文转载站 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="initiative",
        form="text",
        source="https://www.weiwenzz.example.com/a/20250903/douzhipin.html",
        title="豆浆现磨现售经营者诚信经营倡议书",
        record_title="豆浆现磨现售经营者诚信经营倡议书",
        date="2025-09-02",
        notes="a WeChat mirror with the whole body on one line (paragraphs separated only by their indent); account line with a date differing; 在看/分享 bar",
        oneline=True,
        indent="　　",
        date_also=["2025-09-03"],
        page="""
!m 微文转载站 · 好文章值得被看见
!m 原文来自公众号：苕水县豆制品行业协会　2025-09-03
{BODY}
!l ▲ 点个在看，你最好看　　分享　　收藏
!d 本站内容转载自微信公众平台，版权归原作者所有。
""",
        body="""
全县豆浆现磨现售经营者朋友们：
现磨豆浆是群众早餐桌上的常见饮品，为守护大家舌尖上的安全，苕水县豆制品行业协会向全县经营者倡议：
一、使用新鲜、无霉变的大豆原料，不用豆粉冒充现磨。
二、豆浆必须煮沸后持续加热五分钟以上，杜绝生豆浆出售。
三、盛装容器每日清洗消毒，从业人员持证上岗。
苕水县豆制品行业协会
2025年9月2日
""",
    ),
    dict(
        slug="docshare-tiaosan-rules-html-reader",
        site="文档驿站 (invented)",
        style="文档分享",
        genre="制度",
        kind="rules",
        form="html",
        source="https://www.wendangyizhan.example.com/doc/8841209.html",
        title="云翔跳伞俱乐部跳伞安全管理制度",
        record_title="云翔跳伞俱乐部跳伞安全管理制度.doc",
        date="2025-04-01",
        notes="file-name title; a sharing reader with upload notice, score, download button; rules whose articles speak of 打印 and 下载",
        page="""
<html><head><meta charset="utf-8"><title>云翔跳伞俱乐部跳伞安全管理制度.doc-文档驿站</title></head>
<body>
<div class="hd">⟦m 文档驿站 — 你要的文档这里都有⟧</div>
<div class="bc">⟦m 首页 › 体育运动 › 规章制度⟧</div>
<h1>⟦t 云翔跳伞俱乐部跳伞安全管理制度.doc⟧</h1>
<div class="stat">⟦m 评分：4.6分　页数：2　下载：57⟧</div>
<div class="doc">
{BODY}
</div>
<div class="btns">⟦a 下载文档　　收藏　　分享⟧</div>
<div class="notice">⟦d 本文档为网友分享，文档驿站不拥有其著作权；如需删除，请发送权属证明至站务邮箱。⟧</div>
</body></html>
""",
        body="""
第一条　为保障会员跳伞安全，根据有关航空体育运动管理规定，制定本制度。
第二条　会员首次跳伞前须完成不少于八学时的地面训练，并通过理论和动作考核。
第三条　每次跳伞前，带飞教练应检查主伞、备份伞和自动开伞器，并在检查表上签字。
第四条　风速超过每秒八米或云底高低于一千米时，停止一切跳伞活动。
第五条　会员可在俱乐部网站下载训练记录表，每次跳伞后由教练签字确认，年终统一打印装订存档。
第六条　本制度自2025年4月1日起施行。
云翔跳伞俱乐部
2025年4月1日
""",
    ),
    dict(
        slug="edu-tiehuan-notice-traditional-games",
        site="溱川区教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.qinchuanedu.example.cn/news/tz/2025/0226_3310.html",
        title="关于推进传统体育游戏进校园活动的通知",
        record_title="关于推进传统体育游戏进校园活动的通知",
        date="2025-02-26",
        notes="an education portal's text page; 文号 neutral; numbered list of games; contact and e-mail of the notice; a related list at the bottom",
        page="""
!m 溱川区教育信息网
!m 您的位置：首页 > 通知公告 > 体卫艺
!m 发布人：体卫艺科　发布时间：2025-02-26　浏览次数：1420
溱教体〔2025〕5号
{BODY}
!l 相关通知：
!l 关于举办2025年区中小学生田径运动会的通知
!l 关于开展大课间活动评比的通知
!m 溱川区教育局主办　技术维护：区教育信息中心
""",
        body="""
各中小学：
为丰富大课间活动内容，传承民族传统体育文化，区教育局决定在全区中小学推进传统体育游戏进校园活动。
一、推荐项目
1.滚铁环
2.跳房子
3.抽陀螺
4.踢毽子
二、工作要求：各校每学期至少开展两项传统体育游戏，并纳入大课间安排，于6月底前报送活动开展情况。
联系人：柯雯，电话：0412-2871635，邮箱：qcjytwy@example.cn。
溱川区教育局
2025年2月26日
""",
    ),
    dict(
        slug="oa-hetun-notice-intranet-trail-html",
        site="海旭水产集团协同办公系统 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.haixu.example.local/gw/view.jsp?docid=HX2025-0419",
        title="关于做好河豚鱼加工许可复审准备工作的通知",
        record_title="内网公文-关于做好河豚鱼加工许可复审准备工作的通知",
        date="2025-04-19",
        notes="intranet document view: logged-in bar, approval trail, read counts, an internal-only watermark line between paragraphs; 文号 neutral; 抄送 line",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 海旭水产集团协同办公系统</title></head>
<body>
<div class="userbar">⟦m 海旭水产集团协同办公　欢迎您：质检中心 单一鸣⟧ ⟦a 修改密码 安全退出⟧</div>
<div class="path">⟦m 公文管理 > 收文 > 公文查看⟧</div>
<h2>⟦t 内网公文-关于做好河豚鱼加工许可复审准备工作的通知⟧</h2>
<p class="docno">海旭质〔2025〕14号</p>
{BODY}
<div class="trail">⟦m 办理过程：质检中心拟稿 → 分管副总裁审核 → 总裁签发 → 各单位阅知（已阅 9/11）⟧</div>
<div class="ops">⟦a 打印　下载正文　返回⟧</div>
</body></html>
""",
        body="""
集团各加工厂：
根据省农业农村厅、省市场监管局有关要求，我集团河豚鱼加工许可将于今年6月接受复审。为顺利通过复审，现就准备工作通知如下。
一、各加工厂要对照审查细则，逐项检查原料鱼来源、养殖档案和加工记录。
⟦d 内部文件　注意保密　严禁外传⟧
二、去除内脏、血液等有毒部位的操作必须由持证人员完成，废弃物统一登记、集中无害化处理。
三、5月20日前，各厂将自查报告报集团质检中心。
海旭水产集团有限公司
2025年4月19日
抄送：集团领导班子成员。
""",
    ),
    dict(
        slug="qa-jiage-report-answer-html",
        site="问必答社区 (invented)",
        style="问答社区",
        genre="报告",
        kind="report",
        form="html",
        source="https://www.wenbida.example.com/question/66031877.html",
        title="2025年一季度重要民生商品价格监测分析报告",
        record_title=None,
        date="2025-04-08",
        date_also=["2025-04-12"],
        notes="no record title: the answer's bold heading is the title; the question is a list item; 回答于 date differs; a data table in the answer; vote bar",
        page="""
<html><head><meta charset="utf-8"><title>价格监测分析报告怎么写？有没有范文 - 问必答社区</title></head>
<body>
<div class="top">⟦m 问必答社区⟧ ⟦a 提问 登录⟧</div>
<div class="q"><h1>⟦l 价格监测分析报告怎么写？有没有范文⟧</h1><span>⟦m 提问于 2025-04-11　浏览 2310⟧</span></div>
<div class="a">
<div class="au">⟦m 物价老兵（采纳率 92%）　回答于 2025-04-12 08:47⟧</div>
<p><b>{T}</b></p>
{BODY}
<div class="vote">⟦l 赞同 134　反对 3　评论 12⟧</div>
</div>
<div class="more">⟦l 查看全部 5 个回答⟧</div>
</body></html>
""",
        body="""
一季度，柳亭县价格监测中心对粮油、肉禽蛋、蔬菜等重要民生商品价格进行了定点监测，总体看，主要商品价格运行平稳。
品种　3月均价（元/斤）　环比
猪肉　13.2　-2.1%
鸡蛋　4.6　-5.3%
大白菜　1.1　-18.5%
蔬菜价格下降主要是气温回升、本地菜大量上市所致。
预计二季度，粮油价格将保持稳定，猪肉价格小幅波动。
柳亭县价格监测中心
2025年4月8日
""",
    ),
    dict(
        slug="anthology-meihua-speech-poetry-html",
        site="寒香集·退休教师文集 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://www.hanxiangji.example.net/juan3/19.html",
        title="在第五届梅花诗会开幕式上的致辞",
        record_title="《寒香集》卷三·第19篇｜在第五届梅花诗会开幕式上的致辞",
        date="2025-02-15",
        notes="a collection chapter page: volume nav and prev/next; date under the speech title; speaker line neutral; a chapter-list sidebar",
        page="""
<html><head><meta charset="utf-8"><title>⟦t 《寒香集》卷三·第19篇｜在第五届梅花诗会开幕式上的致辞⟧</title></head>
<body>
<div class="h">⟦m 寒香集 · 葛老师的文字⟧</div>
<div class="vol">⟦l 卷一 讲台 ｜ 卷二 行旅 ｜ 卷三 诗社⟧</div>
<h2>{T}</h2>
<p>梅岭诗社社长　葛文渊</p>
<p>（2025年2月15日）</p>
{BODY}
<div class="pn">⟦l 上一篇：诗社十年记⟧　⟦l 下一篇：致诗社新社员⟧</div>
<div class="side">⟦l 本卷目录（共24篇）⟧</div>
<div class="ft">⟦d 文集所收均为作者旧作，转载请注明出处。⟧</div>
</body></html>
""",
        body="""
各位诗友，各位来宾：
梅开五度，诗会五届。今天，我们又在梅岭脚下相聚，以诗会友，以梅言志。
五年来，梅岭诗社从十几个人的小圈子，发展到有社员一百二十人，编印诗集四册，收录咏梅诗词一千余首。
本届诗会收到来稿六百多首，作者中有七十多岁的老人，也有十来岁的中学生，这让我特别欣慰。
诗会期间，我们还将组织踏雪寻梅和现场联句活动，欢迎大家踊跃参加。
最后，预祝诗会圆满成功，祝各位诗友吟安！
""",
    ),
]
