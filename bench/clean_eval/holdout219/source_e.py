"""holdout219, part E: residents' sites, trade associations, company sites, training schools, writing apps.

Invented text, sites, places and people; see ../README.md and ../build.py for the markup.
Each case written by hand.
"""

CASES = [
    dict(
        slug="gangbei-community-notice-borrow-folding-chairs",
        site="罡北社区网 (invented residents' site)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.gangbeisq.cn/tzgg/2025/0506/203.html",
        title="罡北社区关于居民借用活动室折叠椅的通知",
        record_title="【居民服务】罡北社区关于居民借用活动室折叠椅的通知 · 罡北社区网",
        date="2025-04-30",
        date_also=["2025-05-06"],
        notes="residents' site: weather line, grid member's box and the property company's 24-hour line beside the "
        "notice's own 借用咨询 phone; the page's date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>【居民服务】罡北社区关于居民借用活动室折叠椅的通知 · 罡北社区网</title>
</head><body>
<div class="sq-top">⟦m 罡北社区网⟧　<span>⟦m 娄滨　晴　12~24℃　空气质量：良⟧</span></div>
<ul class="sq-nav"><li>⟦m 社区概况⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 便民服务⟧</li><li>⟦m 志愿者之家⟧</li></ul>
<div class="sq-main">
<h2>{T}</h2>
<div class="sq-meta">⟦m 发布：社区居委会　2025-05-06　阅读 377⟧</div>
<div class="sq-body">
{BODY}
</div>
</div>
<div class="sq-side">
<div class="grid">⟦m 我的网格员：伍小芹　手机：139 7391 2064⟧</div>
<div class="wy">⟦m 物业24小时值班：0739-6630999⟧</div>
<div class="bm"><h4>⟦l 便民电话本⟧</h4><p>⟦l 管道疏通　水电维修　家政保洁⟧</p></div>
</div>
<div class="sq-foot">⟦m 轸湖县娄滨镇罡北社区居民委员会　主办⟧</div>
</body></html>
""",
        body="""
各位居民：
为方便大家办理红白喜事、家庭聚会，社区居委会添置的200把折叠椅即日起对辖区居民开放借用。现将有关事项通知如下：
一、借用范围：本社区常住居民，每户每次最多借用30把，借用时间不超过3天。
二、借用手续：持身份证到社区服务大厅登记，免收押金，归还时由工作人员清点验收。
三、注意事项：请勿将折叠椅放在雨中或用于登高，如有损坏请照价赔偿。
借用咨询：社区服务大厅　电话：0739-6630215（工作日8:30—17:30）
轸湖县娄滨镇罡北社区居民委员会
2025年4月30日
""",
    ),
    dict(
        slug="kuitang-community-pledge-family-photo-frames-wrapped",
        site="魁塘社区网 (invented residents' site, text)",
        style="社区网站",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://kuitang.guicheng.net/ldgs/2025/0925/88.html",
        title="“晒晒老照片　挂出好家风”倡议书",
        record_title="“晒晒老照片　挂出好家风”倡议书 - 楼栋告示 - 魁塘社区网",
        date="2025-09-25",
        notes="residents' site as text, hard-wrapped at 68 columns; a pledge that asks residents to 分享 their story "
        "(content); the community's service line and the property repair line as chrome",
        page="""
!m 魁塘社区网 · 晷城区魁塘社区居民委员会主办
!m 首页 > 楼栋告示
{T}
!m 发布者：社区文化专干　阅读 432
{BODY}
!w 社区服务站电话：0716-8233071
!l 上一条：关于开展秋季楼道杂物清理的通知
!m 物业报修：0716-8233999（24小时）
""",
        wrap=68,
        indent="\u3000\u3000",
        body="""
亲爱的居民朋友们：
一张老照片，记着一个家庭走过的路；一句好家训，传着一代代人守着的理。为弘扬好家风，魁塘社区发起“晒晒老照片　挂出好家风”活动，向全体居民倡议：
一、翻一翻家里的老照片，选出一张最有故事的，配上一句自家的家训。
二、把照片和家训送到社区服务站，社区免费为大家装进统一的木质相框，在社区文化长廊展出一个月，展后归还。
三、把您家的故事分享到楼栋群里，让左邻右舍一起听听。
照片收集截止到10月15日。让我们一起把好家风挂在墙上，记在心里。
魁塘社区居民委员会
2025年9月25日
""",
    ),
    dict(
        slug="kuiyuan-frame-association-council-minutes",
        site="奎源框业网 (invented trade-association site)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://www.kyframe.org.cn/xhjs/2025/0610/57.html",
        title="奎源市相框装裱行业协会第二届理事会第三次会议纪要",
        record_title="〖协会纪事〗奎源市相框装裱行业协会第二届理事会第三次会议纪要 - 奎源框业网",
        date="2025-06-07",
        date_also=["2025-06-10"],
        notes="association site: member login row, 入会/会费 links; minutes' 时间/地点/主持/出席/记录 lines and a vote "
        "count; the 时间 line is the date, the page's date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〖协会纪事〗奎源市相框装裱行业协会第二届理事会第三次会议纪要 - 奎源框业网</title>
</head><body>
<div class="xh-login">⟦a 会员登录 ｜ 入会申请 ｜ 会费缴纳⟧</div>
<div class="xh-head">⟦m 奎源框业网⟧　<span>⟦m 奎源市相框装裱行业协会主办⟧</span></div>
<ul class="xh-nav"><li>⟦m 协会概况⟧</li><li>⟦m 协会纪事⟧</li><li>⟦m 会员风采⟧</li><li>⟦m 行业标准⟧</li></ul>
<div class="xh-pos">⟦m 当前位置：首页 → 协会纪事⟧</div>
<h1>{T}</h1>
<div class="xh-meta">⟦m 发布：秘书处　日期：2025-06-10　浏览：142⟧</div>
<div class="xh-con">
{BODY}
</div>
<div class="xh-links"><h4>⟦l 会员企业⟧</h4><p>⟦l 嘉木框业　　雅集装裱　　光阴相框工坊⟧</p></div>
<div class="xh-foot">⟦m 协会秘书处电话：0716-8290417　地址：奎源会展中心B座3楼⟧</div>
</body></html>
""",
        body="""
时间：2025年6月7日下午2:30
地点：协会会议室
主持：会长　雷慧芳
出席：理事19人（应到21人）
记录：秘书处　庄晴
会议审议通过了以下事项：
一、审议通过《实木相框行业自律公约》，表决结果：同意18票，反对0票，弃权1票。
二、决定9月在奎源会展中心举办第五届相框装裱作品展，由秘书处牵头筹备。
三、同意吸收奎源市嘉木框业有限公司等4家企业为会员单位。
会议要求，各会员单位在7月底前完成自律公约签署，秘书处负责汇总公示。
""",
    ),
    dict(
        slug="zhenhu-coldchain-association-pledge-medical-boxes",
        site="轸湖县冷链物流协会 (invented association site, text)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.zhllxh.org/hyzl/2025/1021/31.html",
        title="关于使用合格医药冷藏保温箱的行业倡议",
        date="2025-10-20",
        date_also=["2025-10-21"],
        notes="record gives the title as is; the association's name heads the page and signs the pledge (head match); "
        "a member hotline; the page's date also accepted",
        page="""
!m 轸湖县冷链物流协会
!m 会员登录 | 入会须知 | 联系我们
!m 协会首页 > 行业自律
{T}
!m 发布日期：2025-10-21　来源：协会秘书处
{BODY}
!w 会员服务热线：0739-6651800
!d 转载请注明来源：轸湖县冷链物流协会
""",
        body="""
全县各冷链物流会员企业：
近期，市场监管部门在抽查中发现，个别企业使用无温度监测功能的普通泡沫箱运输疫苗、胰岛素等冷藏药品，存在较大质量安全隐患。为此，协会向全体会员企业倡议：
一、运输冷藏药品一律使用经过验证的医药冷藏保温箱，并配备可连续记录的温度监测设备；
二、保温箱每次使用前进行预冷，冰排数量和摆放方式按验证方案执行；
三、建立保温箱使用、清洁和报废台账，保存温度记录不少于五年。
让我们共同守护好群众用药安全的“最后一公里”。
轸湖县冷链物流协会
2025年10月20日
""",
    ),
    dict(
        slug="mubang-company-news-extendable-dining-table",
        site="木邦家具官网 (invented company site)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.mubangjiaju.com/news/2025/0828/156.html",
        title="木邦家具推出小户型伸缩餐桌",
        record_title="新品上新 | 木邦家具推出小户型伸缩餐桌 - 木邦家具官网",
        record_date="2025-08-28",
        date="2025-08-28",
        notes="company news: cookie notice, service float; the record gives the date (also a dotted date on the "
        "page); the title repeated and glued to the lead",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>新品上新 | 木邦家具推出小户型伸缩餐桌 - 木邦家具官网</title>
<script src="/static/js/cookie-consent.js"></script>
</head><body>
<header><div class="logo">⟦m 木邦家具⟧</div><nav>⟦m 首页　产品中心　全屋定制　新闻中心　门店查询⟧</nav></header>
<div class="crumb">⟦m 首页 › 新闻中心 › 新品上新⟧</div>
<article>
<h1>{T}</h1>
<div class="date">⟦m 2025.08.28⟧</div>
{BODY}
<div class="pn">⟦l 上一篇：木邦家具亮相奎源家博会⟧　⟦l 下一篇：实木家具秋冬保养小贴士⟧</div>
</article>
<div class="cookie">⟦d 本站使用Cookie改善浏览体验，继续浏览即视为同意⟧ <button>⟦a 我知道了⟧</button></div>
<div class="float-service">⟦w 在线客服 · 售后热线 400-690-7788⟧</div>
<footer>⟦m 昴川县木邦家具有限公司　蜀ICP备17021106号⟧</footer>
</body></html>
""",
        body="""
⟦t 木邦家具推出小户型伸缩餐桌⟧8月26日，木邦家具在昴川县总部发布了一款面向小户型家庭的伸缩餐桌。这款餐桌平时长1.2米，可坐4人；拉开中间的隐藏桌板后长1.6米，可坐6到8人，家里来客人时不用再临时借桌子。
餐桌采用橡木实木框架，桌面为岩板与实木拼接，伸缩滑轨经过两万次开合测试。公司研发部负责人介绍，设计团队走访了200多户小户型家庭，发现“平时嫌大、过节嫌小”是大家对餐桌最集中的抱怨。
目前，新品已在公司各门店和线上旗舰店同步销售。
""",
    ),
    dict(
        slug="mingshi-company-recall-electric-screens",
        site="明视教学设备 (invented company site, text)",
        style="企业官网",
        genre="召回公告",
        kind="notice",
        form="text",
        source="https://www.mingshijx.com/service/notice/2025-11-18.html",
        title="关于召回部分批次电动投影幕的公告",
        record_title="关于召回部分批次电动投影幕的公告 — 明视教学设备 · 服务公告",
        date="2025-11-18",
        notes="company recall: a batches table (one row a paragraph), the recall line and a 扫码登记 sentence in the "
        "body beside the site's 400 sales line",
        page="""
!m 明视教学设备 — 让每一间教室都看得清
!m 首页 | 产品中心 | 解决方案 | 服务支持 | 关于明视
!m 服务支持 > 服务公告
{T}
!m 2025-11-18　阅读 2031
{BODY}
!w 销售热线：400-690-3311
!a 在线留言　获取报价
!m © 奎源市明视教学设备有限公司　鄂ICP备18020611号
""",
        body="""
因部分批次电动投影幕的限位开关存在装配缺陷，幕布下降到底后电机可能无法及时停止，存在幕布脱落砸伤人员的隐患，本公司决定自即日起召回以下批次产品：
产品型号　生产批次　数量
MS-E120A　20250311至20250402　1260幅
MS-E100B　20250318至20250409　740幅
本公司将免费为用户更换限位开关组件。请用户立即停止使用上述产品，并拨打召回专线0716-8307716预约上门服务，也可通过产品背面二维码扫码登记。
由此给用户带来的不便，我们深表歉意。
奎源市明视教学设备有限公司
2025年11月18日
""",
    ),
    dict(
        slug="shimu-school-brochure-photo-frame-class",
        site="拾木手作学堂 (invented training school site)",
        style="培训机构",
        genre="招生简章",
        kind="other",
        form="html",
        source="https://www.shimushouzuo.com/kecheng/xiangkuang.html",
        title="拾木手作学堂木艺相框亲子班招生简章",
        record_title="【周末亲子课】拾木手作学堂木艺相框亲子班招生简章（每期限12组家庭）· 拾木手作",
        date=None,
        notes="training school: promo banner, consult float with a franchise 400 line beside the brochure's own "
        "报名电话; a course table (one row a paragraph); a brochure with no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【周末亲子课】拾木手作学堂木艺相框亲子班招生简章（每期限12组家庭）· 拾木手作</title>
<script src="/js/swiper.min.js"></script>
</head><body>
<div class="promo">⟦a 新学员首课体验价39元，手慢无 ›⟧</div>
<header>⟦m 拾木手作学堂⟧　<nav>⟦m 课程　师资　作品墙　预约参观⟧</nav></header>
<main>
<h1>{T}</h1>
<div class="tags">⟦m 亲子　木艺　6-12岁⟧</div>
<section class="jz">
{BODY}
</section>
<div class="cta"><a>⟦a 立即预约试听⟧</a></div>
</main>
<div class="float">⟦w 课程顾问在线 · 加盟热线 400-115-6620⟧</div>
<footer>⟦m 拾木手作学堂　觜阳县亢河镇文化路18号⟧</footer>
</body></html>
""",
        body="""
木艺相框亲子班面向6至12岁孩子和家长，由孩子和家长一起动手，用松木条完成一只属于自己家的相框。
课程安排
课次　内容　时长
第一课　认识木材与工具安全　90分钟
第二课　锯切与打磨边条　120分钟
第三课　拼角、上色与装框　120分钟
上课时间：每周六上午9:30，三次课为一期。
上课地点：觜阳县亢河镇文化路18号拾木手作学堂二楼。
费用：每组家庭680元，含全部材料和一只成品相框。
报名电话：0836-5561827（龚老师）
""",
    ),
    dict(
        slug="jinggong-school-trainee-screen-installation",
        site="精工技培 (invented vocational training school, text)",
        style="培训机构",
        genre="学员心得",
        kind="other",
        form="text",
        source="http://www.jinggongjp.com/xueyuan/shouji/1193.html",
        title="学投影幕安装的那一周",
        record_title="【学员札记】学投影幕安装的那一周 - 精工技培",
        date=None,
        notes="training school as text: a course ad on a line of its own between paragraphs; sign-up and franchise "
        "lines; a trainee's note with no date",
        page="""
!m 精工技培 · 奎源精工职业技能培训学校
!m 首页 > 学员风采 > 学员札记
{T}
!m 投稿学员：酒店工程部 胥师傅　阅读 156
{BODY}
!w 报名咨询：0716-8256031　加盟合作：400-602-7720
!l 更多学员札记 ›
""",
        indent="\u3000\u3000",
        body="""
我是一名酒店工程部的维修工，上个月参加了学校的“会议室音视频系统安装”短期班，其中一整天都在学投影幕安装。
以前我以为装幕布就是打几个膨胀螺丝的事。老师第一节课就让我们算：幕布多宽、离投影仪多远、下沿离地多高，都和会议室的座位排布有关，算错了，后排的人就只能看到前排的后脑勺。
⟦a 【报名中】会议室音视频系统安装短期班第8期，点击抢座 ›⟧
实操课上，我们两人一组，在模拟会议室里装了一幅120英寸的电动幕。我第一次装完，幕布放下来左高右低，老师让我拆了重装，还教我用激光水平仪找平。
回到酒店后，我把三楼会议室那幅一直歪着的幕布重新调了一遍，经理说，这回看着舒服多了。
""",
    ),
    dict(
        slug="bishu-app-report-canteen-cool-boxes",
        site="笔述 (invented writing app, H5 share page)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://h5.bishuapp.com/share/essay/7c21f09a",
        title="学校食堂管理员2025年度述职报告",
        record_title="学校食堂管理员2025年度述职报告（保温送餐篇）· 笔述App",
        date="2025-12-26",
        notes="writing app H5 share: open-app mask and fold, an AI-rewrite button glued after a 。, a sharer line with a "
        "relative time; 成文日期 under the 述职人 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>学校食堂管理员2025年度述职报告（保温送餐篇）· 笔述App</title>
<script src="https://h5.bishuapp.com/js/openapp.js"></script>
</head><body>
<div class="open-bar">⟦m 笔述⟧ <span>⟦m 写材料，先笔述⟧</span> <a class="btn">⟦a 打开⟧</a></div>
<div class="share-from">⟦m 来自笔述用户 @杓口小喻 的分享 · 2 天前 · 1.1万人看过⟧</div>
<h1>{T}</h1>
<div class="essay">
{BODY}
</div>
<div class="fold">⟦a 打开App，查看完整范文 ∨⟧</div>
<div class="rel"><h4>⟦l 相似范文⟧</h4><p>⟦l 学校食堂工作人员个人总结⟧</p><p>⟦l 营养改善计划工作述职⟧</p></div>
<div class="mask">⟦a 在App内免费复制全文⟧</div>
</body></html>
""",
        body="""
本人自2023年起担任昴川县杓口镇中心小学食堂管理员。现将2025年度履职情况报告如下：
一是保障教学点送餐。全镇3个村小教学点没有食堂，我牵头制定送餐流程，为每个教学点配备医用级保温箱4个，规定饭菜出锅后40分钟内送达，送达时中心温度不低于60℃，全年送餐190天，未发生一起食品安全事故。⟦a ✨AI帮你改写这段⟧
二是规范食堂管理。严格落实食材索证索票和陪餐制度，每周公示菜谱和收支情况。
三是存在不足。保温箱清洗消毒记录有时补记，今后将改为每日当班填写。
述职人：喻春燕
2025年12月26日
""",
    ),
    dict(
        slug="suishenji-app-host-script-long-table-feast-oneline",
        site="范文随身记 (invented writing app, text share)",
        style="范文APP",
        genre="主持词",
        kind="speech",
        form="text",
        source="https://m.fwsuishenji.com/s/zcc/61577",
        title="罡北社区“邻里长桌宴”主持词",
        record_title="罡北社区“邻里长桌宴”主持词（稍改即用）| 范文随身记",
        date=None,
        notes="writing app text share with the whole body on one line; a relative share time (3 小时前) is no date; "
        "a host script with no date",
        page="""
!m 范文随身记
{T}
!m 分享自 范文随身记 · 3 小时前
{BODY}
!a 打开随身记App免费复制
!l 你可能还需要：社区重阳敬老宴主持词
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
尊敬的各位居民朋友、各位来宾：
大家中午好！欢迎来到罡北社区第三届“邻里长桌宴”。今天，我们把120张餐桌从社区广场一头摆到另一头，拼成了一条两百米长的长桌，全社区的街坊邻居坐到了一起。
这张长桌上的菜，是各家各户自己做了端来的：张阿姨的梅菜扣肉、李师傅的手撕包菜、三单元小朋友们包的饺子，每一道菜都是一份心意。
下面，有请社区党委书记上台致辞，大家掌声欢迎！
长桌宴到这里就要结束了。请大家离席时顺手把自家的碗碟带走，餐桌由志愿者统一收回。我们明年再聚！
""",
    ),
]
