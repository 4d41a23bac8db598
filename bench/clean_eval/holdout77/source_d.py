"""holdout77, part D: a rapeseed-flower festival, a ferris wheel, a knitting group, a cherry
orchard, a roast-duck restaurant, a sweet-potato vermicelli workshop, a building-block club, a
water-heater installer, a peacock farm and a gourd-pyrography artist. Invented text; see
../README.md and ../build.py."""

CASES = [
    dict(
        slug="gov-caihua-rapeseed-festival-traffic-html",
        site="榅原县人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.shuoyuan.example.gov.cn/xxgk/tzgg/202503/t20250311_7710.html",
        title="关于油菜花节期间部分路段实行交通管制的通告",
        record_title="关于油菜花节期间部分路段实行交通管制的通告-榅原县人民政府",
        date="2025-03-11",
        notes="county portal; decorated title; 发布时间 and the 通告's own date agree; a detour table; the police's 咨询电话 next to the portal's hotline; an elder-mode switch; a QR row for the government app",
        page="""
<html><head><meta charset="utf-8"><title>关于油菜花节期间部分路段实行交通管制的通告-榅原县人民政府</title></head><body>
<div class="gov-top">⟦m 榅原县人民政府⟧ ⟦a 简 ｜ 繁　　关怀版　　智能问答⟧</div>
<div class="gov-nav">⟦m 首页　走进榅原　政务公开　办事服务　政民互动⟧</div>
<div class="gov-loc">⟦m 位置：首页 》政务公开 》公告公示⟧</div>
<div class="gov-art">
<h2>⟦t 关于油菜花节期间部分路段实行交通管制的通告⟧</h2>
<p class="gov-src">⟦m 发布时间：2025-03-11 10:20　　信息来源：县公安局交警大队　　访问量：3021⟧</p>
{BODY}
</div>
<div class="gov-share">⟦l 分享到：微信 微博 QQ空间⟧ ⟦a 打印 关闭⟧</div>
<div class="gov-app">⟦a 扫一扫下载“榅原通”APP⟧</div>
<div class="gov-foot">⟦m 榅原县人民政府办公室主办　政务服务便民热线：12345⟧ ⟦m 桂ICP备10066251号⟧</div>
</body></html>
""",
        body="""
为保障第九届榅原油菜花节期间道路交通安全畅通，根据《中华人民共和国道路交通安全法》有关规定，决定对部分路段实行交通管制。现通告如下。
一、管制时间：2025年3月15日至3月30日，每日8时至18时。
二、管制路段及绕行线路
管制路段　绕行线路
花海大道（金田村至花海广场）　经环湖路、新田路绕行
S312线榅原段　经县道X071绕行
三、管制期间，除持有通行证的车辆外，其他机动车禁止驶入管制路段。
咨询电话：县公安局交警大队　0774-6628110。
榅原县公安局
2025年3月11日
""",
    ),
    dict(
        slug="news-lanhu-ferris-wheel-title-glued-lead",
        site="澜湖新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.lanhunews.example.cn/2025/0501/shehui_60211.shtml",
        title="湖滨摩天轮完成年度检验恢复运营",
        record_title=None,
        date="2025-04-30",
        notes="news portal text; no record title; the title glued to the lead; news byline date; relative time in a related list; 'open in app' prompt between paragraphs",
        page="""
!m 澜湖新闻网　>　社会　>　正文
!m 2025年04月30日 16:55　澜湖晚报　记者 靳小雨
{BODY}
!m 责任编辑：闵晓
!l 相关新闻：城区两座人行天桥完成维修（2小时前）　　五一假期景区客流预测发布（昨天）
!l 网友评论（0）　　文明上网 理性发言
""",
        body="""
⟦t 湖滨摩天轮完成年度检验恢复运营⟧湖滨公园的摩天轮于4月30日完成年度检验，五一假期起恢复运营。
据了解，这座摩天轮高八十八米，共有三十六个观光舱，是我市的地标性游乐设施。
今年3月起，运营方对摩天轮进行了停机检修，更换了驱动电机和部分观光舱门锁，并由特种设备检验机构进行了年度检验。
⟦a 打开澜湖新闻客户端，看更多本地资讯⟧
运营方提醒，游客乘坐时请听从工作人员指挥，身高不足1.2米的儿童须由成人陪同。
""",
    ),
    dict(
        slug="forum-maoxian-knitting-charity-discuz-html",
        site="毛线团社区 (invented)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="html",
        source="https://www.maoxiantuan.example.com/thread-41127-1-1.html",
        title="为山区孩子织一条围巾倡议书",
        record_title="为山区孩子织一条围巾倡议书 - 公益编织 - 毛线团社区",
        date="2025-10-12",
        notes="Discuz-like forum with jammer fonts; decorated title; 发表于 time is the post date, the letter has its own date (document expected, post accepted); signature and quick reply",
        date_also=["2025-10-13"],
        junk=dict(lines=1, glued=2),
        page="""
<html><head><meta charset="utf-8"><title>为山区孩子织一条围巾倡议书 - 公益编织 - 毛线团社区</title></head><body>
<div id="hd">⟦m 毛线团社区 - 钩针 棒针 手作爱好者之家⟧ ⟦a 登录 立即注册 找回密码⟧</div>
<div id="pt">⟦m 毛线团社区 › 公益编织 › 为山区孩子织一条围巾倡议书⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 织女阿蓝　版主　帖子 2310 积分 8842⟧</td>
<td class="plc"><div class="pi">⟦m 发表于 2025-10-13 20:16 | 只看该作者 | 倒序浏览⟧</div>
<h1>⟦t 为山区孩子织一条围巾倡议书⟧</h1>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦l 一针一线都是爱 —— 阿蓝的编织小铺欢迎逛逛⟧</div>
</td></tr></table>
<div class="fastre">⟦l 回复 收藏 分享 评分⟧</div>
<div id="ft">⟦d Powered by 论坛程序 ©2001-2025⟧</div>
</body></html>
""",
        body="""
亲爱的织友们：
天气渐凉，椑山县青石小学的孩子们每天要走一个多小时山路上学。社区公益组决定发起“为山区孩子织一条围巾”活动，向大家发出倡议。
一、围巾长一米二左右，宽十五厘米，颜色以鲜亮为主，请使用柔软不扎人的毛线。
二、请于11月30日前将织好的围巾寄到社区公益组，每条围巾可附一张写给孩子的小卡片。
三、活动全程公开，收到的每一条围巾都会拍照登记，发放情况在本帖更新。
让我们一起，用双手为孩子们送去冬天的温暖。
毛线团社区公益组
2025年10月12日
""",
    ),
    dict(
        slug="blog-yingtao-cherry-orchard-notes-html",
        site="樱桃坡日记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="html",
        source="https://yingtaopo.blog.example.com/post/2025-05-26.html",
        title="开放采摘第三年，我们樱桃园学到的几件事",
        record_title="开放采摘第三年，我们樱桃园学到的几件事 - 樱桃坡日记",
        date="2025-05-26",
        notes="blog with tag cloud, archive and recent comments; decorated title; a post time; body speaks of 关注 and 扫码 as content; reward button",
        page="""
<html><head><meta charset="utf-8"><title>开放采摘第三年，我们樱桃园学到的几件事 - 樱桃坡日记</title></head><body>
<div class="blog-head">⟦m 樱桃坡日记 · 山坡上的果园生活⟧</div>
<div class="blog-menu">⟦m 首页　果园日常　种植笔记　留言板⟧</div>
<div class="post">
<h2>⟦t 开放采摘第三年，我们樱桃园学到的几件事⟧</h2>
<div class="post-meta">⟦m 发布于 2025-05-26　·　果园日常　·　阅读 572　·　评论 9⟧</div>
{BODY}
<div class="reward">⟦a ♥ 喜欢就打赏一杯茶钱⟧</div>
</div>
<div class="sidebar"><h4>⟦l 标签云⟧</h4><p>⟦l 樱桃 修剪 采摘 农家乐 有机肥⟧</p>
<h4>⟦l 文章归档⟧</h4><p>⟦l 2025年5月 (3)　2025年4月 (5)⟧</p>
<h4>⟦l 最新评论⟧</h4><p>⟦l 山那边：明年还来！⟧</p></div>
<div class="blog-foot">⟦d 本博客文字照片均为原创，转载请联系博主⟧</div>
</body></html>
""",
        body="""
今年是我们樱桃园开放采摘的第三年，整个采摘季接待游客四千多人，比去年翻了一番。回头想想，有几件事值得记下来。
第一，预约比排队好。前两年周末人挤人，今年我们改成网上预约，游客扫码选好时段再来，园子里清净多了。
第二，价格要明码标价。采摘按斤计价，入园前讲清楚，称重时当面核对，几乎没有发生争执。
第三，口碑靠回头客。我们给老顾客建了群，请大家关注果园的公众号，花期、成熟期都会提前通知。
明年打算再种两亩晚熟品种，把采摘期拉长到六月中旬。
""",
    ),
    dict(
        slug="wechat-kaoya-roast-duck-chain-summary-mirror",
        site="公众号镜像·鸭先知餐饮 (invented)",
        style="公众号镜像",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wx.mirrorhub.example.net/a/yaxianzhi-2025-07",
        title="鸭先知烤鸭2025年上半年食品安全工作总结",
        record_title="鸭先知烤鸭2025年上半年食品安全工作总结",
        date="2025-07-08",
        notes="WeChat mirror text; account line date; an original mark; reward and like rows; a mini-program card between paragraphs; mirror notice",
        page="""
!d 【镜像】本文转自公众号，排版可能与原文不同
!m 原创　鸭先知餐饮　2025年7月8日 18:00　广东
{T}
{BODY}
!a 喜欢作者　　赞赏 6人
!l 👍 18　　分享　　在看 4
!l 写留言
""",
        body="""
上半年，公司坚持“食品安全无小事”，以门店后厨管理为重点，扎实推进各项食品安全工作。
一、原料管控。鸭坯统一由中央厨房配送，每批次查验检疫合格证明，全年未发现不合格原料入店。
⟦a 【小程序】鸭先知点餐 · 到店自取立减5元⟧
二、后厨管理。十二家门店全部实现“明厨亮灶”，烤炉区、切配区、凉菜间分区管理。
三、人员培训。上半年组织食品安全培训六场，持健康证上岗率保持百分之百。
下半年，公司将推进门店油烟净化设施升级，迎接市场监管部门的量化分级评定。
""",
    ),
    dict(
        slug="docshare-fensi-vermicelli-plan-html-pages",
        site="云享文档 (invented)",
        style="文档分享",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://www.yunxiangdoc.example.com/read/60381277.html",
        title="红薯粉条加工作坊提质改造工作方案",
        record_title="红薯粉条加工作坊提质改造工作方案.pdf",
        date="2025-09-10",
        notes="document-sharing reader in HTML cut by ⊶N⊷ page-marker paragraphs; file-name title; a download bar and an upload notice; 成文日期",
        pages=dict(fmt="⊶{n}⊷", every=140, start=2),
        page="""
<html><head><meta charset="utf-8"><title>红薯粉条加工作坊提质改造工作方案.pdf - 云享文档</title></head><body>
<div class="ybar">⟦m 云享文档⟧ ⟦a 上传文档　我的文档　开通会员⟧</div>
<div class="ycrumb">⟦m 云享文档 › 乡村振兴 › 产业发展⟧</div>
<h1>⟦t 红薯粉条加工作坊提质改造工作方案.pdf⟧</h1>
<div class="yinfo">⟦m 3页　｜　1.2万次阅读　｜　上传于2025-10-02⟧</div>
<div class="yreader">
{BODY}
</div>
<div class="ydl">⟦a 下载文档（5积分）　　⬇ 保存到手机⟧</div>
<div class="ytip">⟦d 本文档由用户分享，云享文档仅提供阅读平台，如有侵权请通过“申诉”通道提交⟧</div>
</body></html>
""",
        body="""
为推动红薯粉条加工作坊提档升级，打响“楂溪粉条”品牌，结合我镇实际，制定本方案。
一、目标任务。到2026年底，全镇二十三家粉条加工作坊全部完成改造，取得食品小作坊登记证，产品抽检合格率达到百分之九十八以上。
二、改造内容。统一实施车间地面硬化、墙面瓷砖化，配备不锈钢晾晒架和防蝇防尘设施，淘汰明矾添加工艺。
三、扶持政策。对完成改造并通过验收的作坊，镇政府给予每家一万元的一次性补助。
四、工作要求。各村要明确专人负责，每月向镇农业服务中心报送改造进度。
楂溪镇人民政府
2025年9月10日
""",
    ),
    dict(
        slug="edu-jimu-building-blocks-club-plan-html",
        site="杻川县实验小学 (invented)",
        style="教育门户",
        genre="活动方案",
        kind="plan",
        form="html",
        source="http://www.ccsyxx.example.edu.cn/xydt/2025/0901/120.html",
        title="杻川县实验小学积木搭建社团活动方案",
        record_title="杻川县实验小学积木搭建社团活动方案",
        date="2025-09-01",
        notes="school site; numbered list and a schedule table; 回执 with 年 月 日; the teacher's own phone beside the school's enquiry line in the footer",
        page="""
<html><head><meta charset="utf-8"><title>杻川县实验小学积木搭建社团活动方案</title></head><body>
<div class="sch-top">⟦m 杻川县实验小学　让每个孩子都闪光⟧</div>
<div class="sch-nav">⟦m 学校概况 | 校园动态 | 德育天地 | 社团活动 | 家校共育⟧</div>
<div class="sch-pos">⟦m 当前位置：首页＞社团活动＞正文⟧</div>
<h3>⟦t 杻川县实验小学积木搭建社团活动方案⟧</h3>
<div class="sch-by">⟦m 作者：教导处　　日期：2025-09-01　　浏览：287次⟧</div>
<div class="sch-con">
{BODY}
</div>
<div class="sch-foot">⟦m 学校地址：杻川县文昌路3号　招生咨询：0737-5512008⟧</div>
</body></html>
""",
        body="""
为培养学生的动手能力和空间想象力，学校决定成立积木搭建社团。具体方案如下。
一、活动对象：三至五年级学生，每班限报4人，共60人。
二、活动安排
周次　主题　地点
第1-4周　基础搭建　科技楼201
第5-8周　机械结构　科技楼201
第9-12周　创意作品　科技楼202
三、活动要求：
1.学生按时参加活动，不得无故缺席。
2.爱护积木器材，活动结束后分类归还。
3.期末举办作品展，优秀作品推荐参加县青少年科技创新大赛。
指导教师：韦晓丽，电话：13907375512。
家长签字：　　　　　　　　年　月　日
""",
    ),
    dict(
        slug="oa-reshui-water-heater-installer-report",
        site="暖家热水器服务公司OA (invented)",
        style="企业内网",
        genre="情况报告",
        kind="report",
        form="text",
        source="http://oa.nuanjia.example.local/flow/view.jsp?docid=88215",
        title="关于上半年热水器安装服务投诉情况的报告",
        record_title="关于上半年热水器安装服务投诉情况的报告",
        date="2025-07-11",
        notes="intranet export with approval trail (审批意见 and times, not dates of the document); the report's own 成文日期; a complaint table; watermark line",
        page="""
!m 暖家OA ＞ 公文管理 ＞ 收文 ＞ 查看
!d 水印：客服中心 余丹 内部使用
{T}
!m 文件编号：NJ-KF-2025-019　　紧急程度：一般　　阅读次数：26
{BODY}
!m 审批意见：
!m 客服中心经理 付强　2025-07-11 17:02　同意，呈总经理阅。
!m 总经理 蓝振华　2025-07-14 09:30　已阅，按建议整改。
!a 【打印】　【导出】　【返回列表】
""",
        body="""
公司领导：
现将上半年热水器安装服务投诉情况报告如下。
一、总体情况。上半年共受理安装服务投诉一百零六件，同比下降百分之十八，办结率百分之百。
二、投诉分类
类别　件数　占比
上门超时　41　38.7%
收费争议　33　31.1%
安装质量　20　18.9%
其他　12　11.3%
三、整改建议。一是推行预约时段精确到两小时；二是辅材收费统一公示；三是每月对安装师傅进行一次抽查回访。
客服中心
2025年7月11日
""",
    ),
    dict(
        slug="qa-kongque-peacock-farm-permit-answer-html",
        site="知行问答 (invented)",
        style="问答社区",
        genre="回答",
        kind="answer",
        form="html",
        source="https://www.zhixingwenda.example.com/q/770215.html",
        title="养殖蓝孔雀需要办理什么许可证？",
        record_title=None,
        date="2025-08-19",
        notes="Q&A page; no record title; the question as the title; 回答于 date; accepted-answer badge; other answers list; ad box",
        page="""
<html><head><meta charset="utf-8"><title>养殖蓝孔雀需要办理什么许可证？_知行问答</title></head><body>
<div class="qa-top">⟦m 知行问答　｜　有问题，就来知行⟧ ⟦a 提问 登录⟧</div>
<div class="qa-q"><h1>⟦t 养殖蓝孔雀需要办理什么许可证？⟧</h1><p>⟦m 提问者：山里人家 ｜ 3 个回答 ｜ 浏览 1.1万⟧</p></div>
<div class="qa-best">⟦m ✔ 最佳答案⟧ ⟦m 野保小刘　　回答于 2025-08-19⟧</div>
<div class="qa-ans">
{BODY}
</div>
<div class="qa-vote">⟦l 有用(56)　没用(2)　评论(4)⟧</div>
<div class="qa-more">⟦l 其他回答：可以问问当地林业站 · 我办过，流程挺快的⟧</div>
<div class="qa-ad">⟦l 广告　特种养殖加盟，包回收⟧</div>
</body></html>
""",
        body="""
蓝孔雀属于人工繁育技术成熟的陆生野生动物，养殖前需要向县级林业主管部门咨询具体要求，一般要办理以下手续。
1.人工繁育许可。按照当地规定，向林业主管部门申请办理人工繁育许可证或者备案。
2.经营利用许可。如果要出售孔雀、孔雀蛋或者羽毛制品，还需要办理经营利用方面的手续。
3.动物防疫条件。养殖场要符合动物防疫条件，具体可咨询当地农业农村部门。
建议先到县林业局窗口问清楚，带上场地证明和养殖方案，少跑冤枉路。
""",
    ),
    dict(
        slug="anthology-hulu-gourd-pyrography-speech-oneline",
        site="葫芦斋文存 (invented)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.huluzhai.example.com/wencun/016.html",
        title="在葫芦烙画作品展开幕式上的发言",
        record_title="葫芦斋文存·在葫芦烙画作品展开幕式上的发言",
        date="2025-06-08",
        notes="personal collection; body all on one line (paragraphs only apart by their indent); date under the title; speaker line neutral; chapter prev/next",
        oneline=True,
        indent="　　",
        page="""
!m 葫芦斋文存　｜　烙画人 贺松年 的文字
!m 文存目录 > 第十六篇
!t 葫芦斋文存·在葫芦烙画作品展开幕式上的发言
（2025年6月8日）
贺松年
{BODY}
!l 上一篇：烙画工具的选择　　下一篇：带徒弟的那些年
!d 葫芦斋文存　转载请告知
""",
        body="""
各位朋友：
感谢大家来看这次葫芦烙画作品展。展出的六十件作品，是我和五个徒弟近三年来的创作。
葫芦烙画是我们这里的老手艺，用烧热的烙铁在葫芦上作画，讲究的是火候，轻了不显色，重了就焦糊。
这些年，来学烙画的年轻人多了起来，有的还把作品放到网上去卖，让老手艺有了新出路。
希望这次展览能让更多人认识葫芦烙画，也欢迎有兴趣的朋友到葫芦斋来坐坐。
""",
    ),
]
