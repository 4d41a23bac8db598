"""holdout376, part E: a residents' site, trade associations, company sites, training schools,
writing apps and exam forums.

Invented text throughout (see ../README.md and ../build.py for the markup).
"""

CASES = [
    dict(
        slug="community-gonghe-pledge-agility-ladder-paths",
        site="恭和社区网 (invented residents' site)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://gonghe.shixijd.cn/notice/2025060601.html",
        title="“楼下练一练”敏捷梯健身倡议书",
        record_title="〔邻里健身〕“楼下练一练”敏捷梯健身倡议书 ● 恭和社区网",
        date="2025-06-06",
        notes="residents' site as text: sharing photos in the residents' group as content; a property notice and "
        "a volunteer-signup line between paragraphs; 成文日期 under the signature",
        page="""
!m 恭和社区网　矢溪街道恭和社区
!m 首页 ▸ 社区公告 ▸ 倡议
!t 〔邻里健身〕“楼下练一练”敏捷梯健身倡议书 ● 恭和社区网
!m 发布于 2025-06-06　居委会　浏览 318
{BODY}
!l 转发到居民群　｜　收藏
!m 物业服务热线 0916-8374400　社区警务室 0916-8374110
!m 恭和社区居委会主办
""",
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
最近，社区在中心广场和三个小区的空地上铺设了12条敏捷梯健身道。只要几分钟，跟着地上的格子跳一跳、跑一跑，就能活动开筋骨。为此，社区居委会向全体居民发出如下倡议：
一、每天练一练。饭后、下班后，到楼下的敏捷梯上走几趟，从最简单的“一格一步”开始，循序渐进。
二、带着家人练。爷爷奶奶陪孙辈跳格子，爸爸妈妈和孩子比一比谁更快，让健身成为家庭时光。
⟦a 想当健身道志愿管理员？回复“报名”到社区公众号⟧
三、爱护器材。敏捷梯健身道是大家的，请不要在上面停放电动车、堆放杂物，发现破损及时告诉社区。
四、分享健身心得。欢迎大家把练习的照片和心得分享到社区居民群，每月评选“健身达人”，送出小礼品。
让我们从楼下练起，一起做健康的恭和人！
恭和社区居民委员会
2025年6月6日
""",
    ),
    dict(
        slug="assoc-jianxi-sports-goods-pledge-kettlebell-weights",
        site="剑溪市体育用品行业协会 (invented association site)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.jxtyyp.org.cn/xhdt/2025/0926/207.html",
        title="关于规范壶铃产品重量标识的倡议书",
        record_title="关于规范壶铃产品重量标识的倡议书（请会员单位转至质检部门）_剑溪市体育用品行业协会",
        date="2025-09-22",
        date_also=["2025-09-26"],
        notes="association site: member-login row and member hotline; the association's name is also the signature "
        "(matched as head); 成文日期 in Chinese numerals; the posting date differs",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于规范壶铃产品重量标识的倡议书（请会员单位转至质检部门）_剑溪市体育用品行业协会</title>
<script src="/res/js/member-login.js"></script>
</head>
<body>
<div class="xh-top">⟦m 剑溪市体育用品行业协会⟧ <span class="login">⟦a 会员单位登录　入会申请⟧</span></div>
<div class="xh-nav">⟦m <a>首页</a> <a>协会概况</a> <a>协会动态</a> <a>行业标准</a> <a>会员风采</a>⟧</div>
<div class="xh-loc">⟦m 首页 » 协会动态 » 通知倡议⟧</div>
<div class="xh-art">
<h2>{T}</h2>
<div class="xh-meta">⟦m 秘书处　2025-09-26　阅读 287⟧</div>
{BODY}
<div class="xh-tools">⟦a 打印　|　关闭　|　返回顶部⟧</div>
</div>
<div class="xh-side"><h4>⟦l 协会通知⟧</h4><p>⟦l 关于召开2025年会员大会的预通知⟧</p><p>⟦l 健身器材出口合规培训报名⟧</p></div>
<div class="xh-foot">⟦m 会员服务热线：0916-8810316　秘书处邮箱：mishuchu@jxtyyp.org.cn⟧<br>⟦m 陇ICP备20001926号⟧</div>
</body>
</html>
""",
        body="""
各会员单位：
近期，协会秘书处接到多起消费者投诉，反映部分壶铃产品实际重量与标称重量偏差较大，个别产品偏差超过10%，影响消费者训练安全和行业信誉。为此，协会向全体会员单位倡议：
一、如实标注重量。壶铃产品应在显著位置标注标称重量，实际重量偏差控制在±3%以内，不得借包胶、喷漆等工艺虚增重量。
二、统一色标规范。自愿采用协会推荐的重量色标对照表，方便消费者识别和选购。
三、加强出厂检验。每批产品出厂前逐只称重，检验记录留存不少于两年。
四、畅通售后渠道。对重量不符的产品，主动为消费者办理退换。
协会将于明年上半年组织会员单位产品抽检，并在协会网站公布结果。
剑溪市体育用品行业协会
二〇二五年九月二十二日
""",
    ),
    dict(
        slug="assoc-wushan-fitness-council-minutes-battle-rope-vote",
        site="吾山县健身健美协会 (invented association site)",
        style="行业协会",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://www.wsjsjm.org/xhdt/20250325/42.html",
        title="吾山县健身健美协会第三届理事会第五次会议纪要",
        date="2025-03-22",
        notes="record title as is; minutes' 时间/地点/主持/出席/列席/记录 lines; the 时间 line gives the date; a vote "
        "count; association chrome with a member hotline",
        page="""
!m 吾山县健身健美协会
!m 协会首页 ＞ 协会动态 ＞ 会议纪要
{T}
!m 发布：秘书处　2025-03-25　浏览 96
{BODY}
!a 〔打印〕〔返回〕
!l 往期纪要：第三届理事会第四次会议纪要
!m 协会联系电话：0917-5208866　地址：吾山县全民健身中心三楼
""",
        body="""
时间：2025年3月22日上午9:30
地点：吾山县全民健身中心三楼会议室
主持：协会会长 包国栋
出席：理事13人（应到15人）
列席：监事 阎丽
记录：秘书处 韦小溪
会议审议了《2025年全县战绳健身推广计划（草案）》。秘书长汇报了草案主要内容：年内在全县12个乡镇各培训战绳健身指导员5名，举办县级战绳挑战赛1次，编印《战绳健身入门手册》1000册。
与会理事进行了讨论，建议在乡镇推广时优先利用学校操场和村级文体广场，战绳锚点安装要请专业人员施工。
会议对草案进行了表决：同意12票，反对0票，弃权1票，草案获得通过。
会议要求秘书处根据理事意见修改完善后，于4月上旬印发各会员单位执行。
""",
    ),
    dict(
        slug="company-zongli-battle-rope-anchor-launch-record",
        site="剑溪纵力体育用品有限公司 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.zonglisport.com/news/2025/0903/118.html",
        title="纵力体育推出可调阻尼战绳锚点系统",
        record_date="2025-09-03",
        date="2025-09-03",
        notes="record title and date as is; company site with a cookie notice, a 400 order line and a service float; "
        "the company's short name recurs in the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>纵力体育推出可调阻尼战绳锚点系统</title>
<script src="/static/js/cookie-bar.js"></script>
</head>
<body>
<div class="zl-cookie">⟦d 我们使用Cookie来改善您的浏览体验，继续访问即表示您同意我们的隐私条款。⟧ <button>⟦a 知道了⟧</button></div>
<header class="zl-head"><a>⟦m ZONGLI 纵力⟧</a> <nav>⟦m <a>首页</a> <a>产品中心</a> <a>解决方案</a> <a>新闻动态</a> <a>关于纵力</a>⟧</nav></header>
<div class="zl-crumb">⟦m 首页 › 新闻动态 › 公司新闻⟧</div>
<article class="zl-news">
<h1>{T}</h1>
<p class="zl-date">⟦m 2025-09-03　｜　品牌中心⟧</p>
{BODY}
<p class="zl-pn">⟦l 上一篇：纵力体育获评省级专精特新企业⟧</p>
</article>
<div class="zl-float">⟦w 在线客服 · 批量采购请留言⟧</div>
<footer>⟦m 订购热线：400-690-1516　剑溪纵力体育用品有限公司　陇ICP备19003318号⟧</footer>
</body>
</html>
""",
        body="""
9月2日，剑溪纵力体育用品有限公司在剑溪国际会展中心举办新品发布会，推出“稳锚”可调阻尼战绳锚点系统。
传统战绳多绑在立柱或固定桩上，训练者甩动时锚点受力集中，既容易磨损绳体，也难以调节训练强度。“稳锚”系统在锚点内加装阻尼模块，可在三个档位之间切换，既能满足新手入门，也能用于专业队的体能训练。
公司技术总监苗振峰介绍，新品研发历时一年半，先后在剑溪体育职业学院和三家健身房试用，累计测试甩动超过40万次。
据悉，“稳锚”系统将于10月起陆续供货，首批产能3000套。
""",
    ),
    dict(
        slug="company-wangyang-recall-aluminium-dog-tags-batches",
        site="狐岭汪洋宠物用品有限公司 (invented company site)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.wangyangpet.cn/gonggao/2025061601.html",
        title="关于召回部分批次铝合金宠物狗牌的公告",
        record_title="安全召回丨关于召回部分批次铝合金宠物狗牌的公告 - 汪洋宠物",
        date="2025-06-16",
        notes="company recall as text: a batches table with production dates in cells; the recall line inside the "
        "body beside the site's 400 order line; 成文日期 under the signature",
        page="""
!m 汪洋宠物 WANGYANG PET　｜　宠物用品源头工厂
!m 首页 / 新闻公告 / 公司公告
!t 安全召回丨关于召回部分批次铝合金宠物狗牌的公告 - 汪洋宠物
!m 来源：品质部　时间：2025-06-16
{BODY}
!w 批发订购请拨400-087-6020，微信同号
!l 热销产品：不锈钢激光刻字狗牌｜反光项圈｜宠物防走失定位器
!m 狐岭汪洋宠物用品有限公司　滇ICP备21006159号
""",
        indent="\u3000\u3000",
        body="""
尊敬的消费者：
我公司在质量抽查中发现，2025年4月至5月生产的部分批次铝合金宠物狗牌，挂环焊接处强度不足，长时间受力后可能断裂，导致狗牌脱落。为保障消费者权益，我公司决定主动召回以下批次产品：
产品名称　规格　生产批号　生产日期
骨头形铝合金狗牌　小号　HL250412　2025年4月12日
骨头形铝合金狗牌　中号　HL250419　2025年4月19日
圆形铝合金狗牌　通用　HL250507　2025年5月7日
请购买了上述批次产品的消费者停止使用，凭产品包装或购买记录联系我公司办理免费更换或退款，刻字费用一并退还。
召回专线：0915-6638100（每日9:00—18:00）
狐岭汪洋宠物用品有限公司
2025年6月16日
""",
    ),
    dict(
        slug="training-yuedong-summer-class-agility-ladder-brochure",
        site="跃动少儿体适能 (invented training school site)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.yuedongkids.cn/zs/2025shuqi.html",
        title="跃动少儿体适能暑期班招生简章",
        record_title="【暑假开练】跃动少儿体适能暑期班招生简章（萌动班·跃动班）｜跃动少儿体适能",
        date=None,
        notes="training school: promo banner, franchise 400 line and a consult float beside the course's own "
        "报名电话 in the body; a fee table; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>【暑假开练】跃动少儿体适能暑期班招生简章（萌动班·跃动班）｜跃动少儿体适能</title>
<script src="https://kf.yuedongkids.cn/chat/widget.js" async></script>
</head>
<body>
<div class="yd-banner">⟦a 前20名报名立减300元，再送运动水壶一只！⟧</div>
<div class="yd-head">⟦m 跃动少儿体适能⟧ ⟦m 让孩子爱上运动⟧</div>
<div class="yd-nav">⟦m <a>首页</a> <a>课程体系</a> <a>师资团队</a> <a>校区分布</a> <a>加盟合作</a>⟧</div>
<div class="yd-main">
<h1>{T}</h1>
{BODY}
<div class="yd-btn">⟦a 立即预约免费体验课⟧</div>
</div>
<div class="yd-side"><h4>⟦l 其他热招课程⟧</h4><p>⟦l 幼儿平衡车启蒙班⟧</p><p>⟦l 青少年跳绳提高班⟧</p></div>
<div class="yd-float">⟦w 课程顾问在线，点我咨询⟧</div>
<div class="yd-foot">⟦w 全国加盟热线：400-118-5260⟧ ⟦m 跃动少儿体适能 版权所有⟧</div>
</body>
</html>
""",
        body="""
跃动少儿体适能暑期班开始招生啦！课程以敏捷梯、跳格、平衡木等趣味器材为主，帮助孩子提升协调性、灵敏性和专注力。
一、招生对象：4至10岁儿童，按年龄分为萌动班（4—6岁）和跃动班（7—10岁）。
二、课程安排：
班级　上课时间　课时　学费
萌动班　周一、三、五 9:00—10:00　24课时　1680元
跃动班　周二、四、六 9:00—10:30　24课时　2160元
三、师资力量：授课教练均持有国家职业资格证书，每班配备1名主教练和1名助教，每班不超过12人。
四、报名方式：到店报名或电话报名，报名时请携带孩子近期的体检报告。
报名电话：0916-8395260（奇峰校区）
地址：剑溪市奇峰区弦歌路120号二楼
""",
    ),
    dict(
        slug="training-tieshou-trainee-insight-kettlebell-course",
        site="铁手体能教练学院 (invented training school site)",
        style="培训机构",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://www.tieshoucoach.com/xueyuan/xinde/207.html",
        title="壶铃教练认证班学习心得",
        record_title="〖结业分享〗壶铃教练认证班学习心得（第12期学员）- 铁手体能教练学院",
        date=None,
        notes="training school as text: a trainee's insight with no date; a course-ad line between paragraphs and "
        "a sign-up line at the bottom",
        page="""
!m 铁手体能教练学院　｜　专业体能教练培养
!m 首页 > 学员风采 > 结业分享
!t 〖结业分享〗壶铃教练认证班学习心得（第12期学员）- 铁手体能教练学院
!m 作者：第12期学员 邵一鸣　阅读：640
{BODY}
!a 第13期壶铃教练认证班火热报名中，名额有限 →
!w 咨询报名：0916-8611520（学院招生办）
!m ©铁手体能教练学院　陇ICP备22001873号
""",
        indent="\u3000\u3000",
        body="""
报名壶铃教练认证班之前，我在健身房已经当了三年私教，自认为对壶铃不陌生。可第一天上课，导师让我们每人做十个标准摇摆，我就被指出了三个问题：启动时膝盖前移、顶髋不充分、下摆时手臂过早弯曲。
八天的课程，前四天几乎都在练基本功。摇摆、翻铃、推举、土耳其起立，每个动作都要拆开练、反复练，导师拿着手机录像，一帧一帧地给我们纠正。
⟦a 点击查看认证班课程大纲与开班时间⟧
让我印象最深的是“教学法”那一课。导师说，会练和会教是两回事，教练要能用一句话让会员找到发力感觉。比如教摇摆，与其说“用髋发力”，不如说“像用屁股关车门一样”。
结业考核包括动作考核、教学演示和理论笔试，我们班22人有19人一次通过。回到健身房后，我把学到的方法用在会员课上，会员的动作明显规范了，续课的人也多了。
""",
    ),
    dict(
        slug="writingapp-biji-report-gym-equipment-keeper",
        site="笔疾写作 (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bijixiezuo.com/share/doc?id=t20251222x09",
        title="体操馆器材管理员2025年度述职报告",
        record_title="体操馆器材管理员2025年度述职报告（器材岗通用·可一键换名）| 笔疾写作",
        date="2025-12-22",
        notes="writing app share page: an open-app mask, a fold ('continue in the app') and AI buttons; "
        "an AI-polish button glued after a sentence; 成文日期 under the 述职人 line",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>体操馆器材管理员2025年度述职报告（器材岗通用·可一键换名）| 笔疾写作</title>
<script src="https://h5.bijixiezuo.com/js/openapp.js"></script>
</head>
<body>
<div class="mask">⟦a 打开笔疾写作App，查看完整范文并一键套用⟧ <button>⟦a 去App里看⟧</button></div>
<div class="bj-top">⟦m 笔疾写作⟧ ⟦m 写材料，快人一步⟧</div>
<div class="bj-doc">
<h1>{T}</h1>
<div class="bj-meta">⟦m 范文库 · 述职报告 · 1.1万人用过⟧</div>
<div class="bj-ai">⟦a AI续写　AI改写　AI扩写⟧</div>
{BODY}
<div class="bj-fold">⟦a 以下内容已折叠，在App内继续阅读⟧</div>
</div>
<div class="bj-rec"><h3>⟦l 相似范文⟧</h3><p>⟦l 体育场馆管理员个人工作总结⟧</p><p>⟦l 学校器材室管理员述职报告⟧</p></div>
<div class="bj-foot">⟦m 笔疾写作 · 沪ICP备2024009182号-3⟧</div>
</body>
</html>
""",
        body="""
各位领导、同事：
2025年，我在体操馆器材管理员岗位上，主要负责鞍马、吊环、双杠等体操器材的日常管理和维护。现将一年来的工作情况报告如下。
一、建好器材台账。对馆内82件体操器材逐件编号、拍照、建档，其中鞍马13台，做到一物一档、账物相符。
二、抓好日常检查。坚持每天训练前巡查一遍，每周对鞍马鞍环、高度调节销全面检查一次，全年发现并处理隐患27处，没有发生一起因器材问题造成的训练事故。⟦a ✦AI润色这一段⟧
三、配合做好保障。全年保障省市级比赛和集训6次，提前调试鞍马高度和保护垫位置，得到教练组的肯定。
四、存在的不足。器材维修主要依靠厂家，自己动手维修的能力还不强；台账电子化程度不高，查询不够方便。
明年，我将加强学习，争取掌握鞍马皮面修补等常见维修技能，并推动台账信息化，把器材管理工作做得更细更实。
述职人：柳文博
2025年12月22日
""",
    ),
    dict(
        slug="writingapp-mokuai-speech-sports-festival-cn-date",
        site="墨快 (invented writing app)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.mokuai.app/fw/jianghua/58102",
        title="校长在第十届校园体育节开幕式上的讲话",
        record_title="校长在第十届校园体育节开幕式上的讲话（敏捷梯挑战赛版）- 墨快APP",
        date="2025-10-10",
        notes="writing app as text: the date under the speech title in Chinese numerals (neutral line); an app "
        "prompt, a copy lock and a word count",
        page="""
!m 墨快APP · 讲话稿
!a 在墨快App中打开，复制全文免费
!t 校长在第十届校园体育节开幕式上的讲话（敏捷梯挑战赛版）- 墨快APP
!m 全文约900字　收藏 213
{T}
（二〇二五年十月十日）
{BODY}
!a 未开通会员，复制和导出已锁定
!l 你可能还需要：体育节闭幕式讲话｜运动会裁判员代表发言｜敏捷梯挑战赛主持词
!m 墨快 mokuai.app
""",
        indent="\u3000\u3000",
        body="""
老师们、同学们：
秋高气爽，正是运动的好时节。今天，我们隆重举行第十届校园体育节。首先，我代表学校，向精心筹备体育节的老师们表示感谢，向即将参赛的同学们表示祝福！
今年的体育节，我们新增了一个项目——敏捷梯挑战赛。过去一年，同学们在大课间里天天练敏捷梯，步子越来越快，配合越来越默契。今天，就是展示成果的时候。
我想给同学们提三点希望：第一，赛出风格，尊重对手、尊重裁判；第二，赛出水平，拼尽全力、挑战自我；第三，注意安全，比赛前认真热身，服从裁判和老师的安排。
体育不只是比赛，更是一种生活方式。希望同学们在体育节之后继续坚持锻炼，让运动成为每天的习惯。
最后，预祝本届体育节圆满成功！
""",
    ),
    dict(
        slug="examforum-dengke-interview-e-dog-tag-jammer",
        site="登科公考论坛 (invented exam forum, Discuz-like)",
        style="公考论坛",
        genre="面试题",
        kind="other",
        form="html",
        source="https://bbs.dengkegk.com/thread-330917-1-1.html",
        title="结构化面试：社区推行犬只佩戴电子狗牌，部分居民不配合，你怎么办？",
        record_title="〔面试押题·社区治理〕结构化面试：社区推行犬只佩戴电子狗牌，部分居民不配合，你怎么办？（附作答示范）- 面试交流 - 登科公考论坛",
        date=None,
        notes="exam forum: jammer fonts in the post, a reply-to-see prompt, a rating row and a QQ-group ad; "
        "posted 6 天前 (no date)",
        page="""
<html>
<head>
<meta charset="gbk">
<title>〔面试押题·社区治理〕结构化面试：社区推行犬只佩戴电子狗牌，部分居民不配合，你怎么办？（附作答示范）- 面试交流 - 登科公考论坛</title>
<style>.jammer{position:absolute;left:-9999px}</style>
<script src="static/js/forum_viewthread.js?Dk9"></script>
</head>
<body>
<div id="hd">⟦m 登科公考论坛⟧ ⟦m 一路登科，一起上岸⟧ <a>⟦a 登录⟧</a> <a>⟦a 注册⟧</a></div>
<div id="pt">⟦m 论坛 › 面试交流 › 结构化题库⟧</div>
<div class="qqad">⟦w 2026省考面试冲刺群：QQ群 612830517，进群领真题⟧</div>
<table><tr><td class="pls">⟦m 上岸的小鲸鱼⟧<br>⟦m 版主　积分 8830⟧</td>
<td class="plc">
<h1>{T}</h1>
<div class="authi">⟦m 发表于 6 天前　|　查看 4419　回复 132⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的高分答题框架，回复后可见⟧</div>
<div class="rate">⟦l 评分　参与人数 11　登科币 +36　理由：思路清晰，收下了⟧</div>
<div class="po">⟦a 回复　收藏　分享到微信⟧</div>
</td></tr></table>
<div class="side"><h3>⟦l 面试区精华帖⟧</h3><p>⟦l 组织管理类题目万能开头怎么避免套路？⟧</p></div>
<div id="ft">⟦m 登科公考论坛 dengkegk.com　浙ICP备20013385号-1⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        junk=dict(lines=1, glued=3),
        body="""
【题目】你是社区工作人员，社区推行犬只佩戴电子狗牌，但部分居民认为麻烦、不愿配合，你怎么办？
【参考作答】
首先，我会摸清情况。通过网格员走访和居民群，了解不愿配合的具体原因，有的是嫌办理麻烦，有的是担心个人信息泄露，有的是对政策不了解。
其次，我会分类做好工作。对嫌麻烦的，联系派出所在社区设立流动登记点，为老人提供上门服务；对担心信息泄露的，讲清楚狗牌二维码只显示联系方式、隐去姓名等保护措施；对不了解政策的，通过宣传栏、居民群讲解电子狗牌在找回走失犬只方面的好处。
再次，我会发挥示范带动作用。请已经办理的居民分享找回走失犬只的经历，带动身边的邻居。
最后，我会做好跟踪。建立台账，对仍未办理的居民定期回访，同时把居民反映的问题汇总上报，推动办理流程进一步简化。
""",
    ),
    dict(
        slug="examforum-shenlun-essay-battle-rope-fitness-junk",
        site="申论研习社 (invented exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="text",
        source="http://www.shenlunyxs.com/bbs/t-88123.html",
        title="一根战绳里的全民健身",
        record_title="[申论练笔·大作文] 一根战绳里的全民健身（恳请老师指点） - 申论研习社",
        date=None,
        notes="exam forum post with junk lines and junk glued after sentences; posted 2 周前; a teacher's comment "
        "and a course ad below; no date",
        page="""
!m 申论研习社 · 大作文天天练
!m 首页 › 申论作文批改区
!t [申论练笔·大作文] 一根战绳里的全民健身（恳请老师指点） - 申论研习社
!m 作者：备考第二年的阿禾　发表于 2 周前　浏览 962　回复 14
{BODY}
!l 批改老师 @申论周老师：立意准确，分论点对称，建议第三段补一个具体事例。
!l 2楼 一次上岸吧：写得好顺，借鉴一下开头
!a 2026国省考申论精批班开课，扫码领试听课
!m 申论研习社 shenlunyxs.com
""",
        junk=dict(lines=2, glued=2),
        body="""
在城市的社区公园里，常常能看到这样的场景：几位中年人手握两根粗绳，上下挥动，绳浪翻滚。一根看似普通的战绳，折射的是全民健身从“有没有”到“好不好”的变化。
全民健身要“近”。过去，健身要去专门的场馆，时间成本高；如今，社区健身点装上了战绳固定桩，下楼几分钟就能练。把健身设施建在群众家门口，才能让更多人动起来。
全民健身要“专”。战绳看似简单，动作不规范也容易伤肩伤腰。社会体育指导员走进社区，手把手教动作、讲要领，让群众练得科学、练得安全。
全民健身要“久”。一时热闹容易，长期坚持难。通过组织挑战赛、成立健身队，让群众在交流中找到乐趣，健身才能从“三分钟热度”变成生活习惯。
一根战绳，连着群众的健康，也连着城市的温度。让健身设施更近一些，让指导服务更专一些，让健身热情更久一些，全民健身之路必将越走越宽。
""",
    ),
]
