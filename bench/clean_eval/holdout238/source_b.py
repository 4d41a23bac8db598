"""holdout238, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 — each once as HTML and once as text.

Invented text (sites, counties, people, firms, numbers, URLs); see ../README.md and ../build.py.
"""

CASES = [
    dict(
        slug="blog-nanpo-memoir-fathers-shears-tagcloud",
        site="南坡小记 (invented, WordPress-like blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://nanpo.blog.example.net/2024/03/hongbing-jianzi/",
        title="父亲的那把修枝剪",
        record_title="父亲的那把修枝剪（随笔）| 南坡小记",
        date=None,
        notes="a WordPress-like blog: tag cloud, archive, comment form; a photo caption between paragraphs; "
        "a tip-jar button glued after the last 。; 发布于 2 周前 is no date; a memoir without a date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>父亲的那把修枝剪（随笔）| 南坡小记</title>
<link rel="stylesheet" href="/wp-content/themes/quiet/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 南坡小记⟧</p><p class="site-description">⟦m 种几棵树，写几行字⟧</p>
<nav>⟦m 首页　闲笔　花木　读书　关于⟧</nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 发布于 2 周前 · 分类：闲笔 · 被围观 211 次⟧</div>
<div class="entry-content">
{BODY}
</div>
<footer class="entry-footer">⟦l 标签：父亲　老物件　修剪⟧</footer>
<nav class="post-nav">⟦l « 前一篇：院里的梨树又开花了⟧　⟦l 后一篇：给月季换盆的那个下午 »⟧</nav>
<section id="comments"><h3>⟦l 3 条回应⟧</h3>
<div class="comment">⟦l 山那边：看哭了，我爸也有一把一模一样的⟧</div>
<form>⟦l 留下你的想法　昵称（必填）　邮箱（不公开）　提交评论⟧</form></section>
</article></main>
<aside class="widget-area">
<section><h4>⟦l 标签云⟧</h4><p>⟦l 花木 老屋 父亲 月季 梨树 读书 故乡⟧</p></section>
<section><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年三月 (4)⟧</li><li>⟦l 2024年二月 (2)⟧</li></ul></section>
</aside>
<footer class="site-footer">⟦m © 南坡小记　自豪地采用 WordPress⟧</footer>
</body></html>
""",
        body="""
父亲的工具箱里，最金贵的是一把红柄修枝剪。那是1987年他在县供销社花七块钱买的，剪刃上还刻着“檎阳农具厂”几个小字。
每年腊月，父亲都要给院里那几棵梨树剪枝。他站在木梯上，先看半天，再下剪子，剪下来的枝条由我抱到灶屋当柴火。
他常说，剪枝跟教孩子一样，该剪的要狠心剪，不然树长得乱，果子也结不好。
⟦m 配图：挂在老屋墙上的红柄修枝剪（作者自摄）⟧
父亲走后，这把修枝剪一直挂在老屋的墙上。去年回家，我取下来擦掉锈，上了油，开合还是那么利索。
今年春天，我用它给阳台上的月季剪了枝。剪刀“咔嚓”一响，我好像又听见父亲在梯子上喊我接住。⟦a 请作者喝杯茶 ☕⟧
""",
    ),
    dict(
        slug="blog-laozhou-lift-buttons-wrapped-66",
        site="老周维保手记 (invented, personal blog)",
        style="博客",
        genre="经验文章",
        kind="other",
        form="text",
        source="http://laozhou-weibao.example-blog.cn/post/2024/10/12/48.html",
        title="电梯按钮按了没反应？说说常见的五个原因",
        record_title="电梯按钮按了没反应？说说常见的五个原因 · 老周维保手记（个人博客）",
        date="2024-10-12",
        notes="a personal blog as text, hard-wrapped at 66 columns; the byline's 发表于 is the date; a numbered list; "
        "a reprint notice glued after the last 。; counters, prev/next and a comment box",
        page="""
!m 老周维保手记 —— 一个电梯维保工的碎碎念
!m 首页 | 维保日常 | 故障案例 | 留言板
!t 电梯按钮按了没反应？说说常见的五个原因 · 老周维保手记
!m 发表于 2024-10-12 21:07　｜　分类：故障案例　｜　阅读 1903　｜　评论 12
{BODY}
!l ← 上一篇：梅雨天电梯门为什么老是关不上
!l → 下一篇：物业该怎么看维保记录
!l 最新评论：小区业主阿华：原来是这样，我还以为是电梯坏了
!l 我要留言（需填写昵称）
!m 本博客由 Z-Blog 驱动
""",
        indent="\u3000\u3000",
        wrap=66,
        body="""
干了十二年电梯维保，被业主问得最多的一句话就是：“按钮按了不亮，是不是电梯坏了？”其实多数时候电梯本身没毛病，问题出在按钮上。我把常见原因归纳成五条。
1. 按钮微动开关老化。按钮里面有个小开关，按上几十万次，触点就会磨损，得换开关。
2. 按钮灯珠烧了。电梯其实已经登记了，只是灯不亮，业主以为没按上，就一直狠按。
3. 进水受潮。拖地的水顺着墙流进外呼盒，或者小孩拿饮料泼上去，触点就会短路。
4. 被人为卡住。有人用牙签、纸片塞住按钮让电梯等人，时间长了按钮弹不回来。
5. 线路接触不良。这种情况要专业人员打开面板检查，业主千万别自己拆。
碰到按钮失灵，请直接拨打轿厢里贴的维保电话，别用钥匙、雨伞去捅。⟦d 原创文字，转载请留个出处⟧
""",
    ),
    dict(
        slug="wechat-qinyang-yingji-ropes-h1-follow-glued",
        site="檎阳应急 (invented WeChat account, mirror page)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://wx.cunzhaoge.example.com/s/qinyangyingji/2024061401",
        title="高处作业，安全绳这样系才对",
        record_title=None,
        date="2024-06-14",
        notes="no record title: the mirror's <h1>; 原创 tag and an account/date line (the date); a follow prompt glued before the "
        "first words; 阅读原文/在看 rows, a reward button and the mirror's archive note; a numbered list in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>公众号文章存档</title></head><body>
<div class="mirror-bar">⟦m 存照阁 · 公众号文章存档⟧　<a href="/">⟦a 回到存照阁首页⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="original">⟦m 原创⟧</span> <span>⟦m 檎阳应急⟧</span> <span>⟦m 2024-06-14 18:30⟧</span> <span>⟦m 发表于檎阳⟧</span></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="reward">⟦a 喜欢作者　赞赏⟧</div>
<div class="tool-bar">⟦a 阅读原文⟧　⟦m 阅读 3406⟧　⟦a 分享　收藏　点赞 57　在看 21⟧</div>
<div class="mp-qr">⟦a 微信扫一扫，关注该公众号⟧</div>
</div>
<div class="mirror-note">⟦d 本页为存照阁自动存档的公众号文章，版权归原公众号所有，如需删除请来函。⟧</div>
</body></html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.75">{}</p></section>',
        body="""
⟦a 点击蓝字“檎阳应急”，关注我们不迷路⟧进入夏季，外墙清洗、广告牌安装、屋面维修等高处作业增多，安全绳用不对，等于没用。今天给大家划几个重点。
一、绳子先检查。使用前把安全绳从头到尾捋一遍，有断股、明显磨损、发硬发黄的，一律不用。
二、挂点要牢靠。安全绳要挂在独立、牢固的构件上，不能挂在脚手架扶手、空调外机支架或者另一根作业绳上。
三、高挂低用。挂点应高于作业面，坠落时下落距离短、冲击小。
四、一人一绳。一根安全绳只能拴一个人，不能两人共用。
最后提醒各位老板：给工人配齐合格的安全绳和安全带，是法定责任，不是可有可无的成本。
""",
    ),
    dict(
        slug="wechat-raoxi-shangmao-crates-pledge-text",
        site="桡溪商贸 (invented WeChat account, mirror text)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://mp.wenxuanji.example.com/raoxishangmao/p/240318.html",
        title="关于循环使用果蔬周转箱的倡议书",
        record_title="关于循环使用果蔬周转箱的倡议书 ｜ 桡溪商贸（公众号）· 镜像存档",
        date="2024-03-15",
        date_also=["2024-03-18"],
        notes="a WeChat mirror as text: account line with its posting date (differs from the 成文日期 under the signature); "
        "a sentence asking to share the pledge stays; 在看/留言 rows, a long-press QR prompt glued after the last 。",
        page="""
!m 桡溪商贸
!t 关于循环使用果蔬周转箱的倡议书
!m 桡溪商贸　2024年3月18日 07:45　湖南
!m 以下文章来源于桡溪县商贸流通协会
{BODY}
!m 阅读 1266
!a 赞　　在看 34　　写留言
!l 精选留言
!l 桡滩果蔬店：支持！我们店已经用上周转箱了
!d 文选集镜像站仅作公开文章的存档，如有侵权请告知删除。
""",
        gap=True,
        body="""
各果蔬经营户、商超和配送企业：
每天凌晨，批发市场里要拆掉上千个纸箱、泡沫箱，用一次就扔，既浪费钱，又堆成了垃圾山。一只塑料周转箱可以反复使用两三百次，清洗后还能保证果蔬干净卫生。为此，我们倡议：
一、批发商户优先使用标准周转箱发货，减少一次性纸箱和泡沫箱。
二、商超和配送企业按时归还周转箱，不私自截留、挪作他用。
三、使用后及时清理箱内烂菜叶，避免异味和蚊蝇滋生。
请大家把这份倡议分享给身边的商户朋友，一起让市场更干净、经营更省钱。
桡溪县商贸流通协会
2024年3月15日⟦a 长按下方二维码，关注桡溪商贸⟧
""",
    ),
    dict(
        slug="docshare-zhiye-request-flood-sacks-points",
        site="知页文档 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.zhiyewd.example.com/doc/7731580.html",
        title="关于购置防汛编织袋的请示",
        record_title="关于购置防汛编织袋的请示【免费阅读】_知页文档",
        date="2024-05-28",
        notes="a sharing page: upload notice, a points lock, a service WeChat float, star ratings; the request's own 联系人/电话 "
        "beside the site's 客服 line; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<title>关于购置防汛编织袋的请示【免费阅读】_知页文档</title>
<script async src="https://hm.example.com/hm.js"></script></head><body>
<div class="zy-head"><a class="logo">⟦m 知页文档⟧</a> <span>⟦m 好文档，知页找⟧</span> <a>⟦a 上传赚积分⟧</a> <a>⟦a 登录⟧</a></div>
<div class="zy-crumb">⟦m 知页 ＞ 公文写作 ＞ 请示报告⟧</div>
<div class="zy-doc"><h1>{T}</h1>
<div class="zy-info">⟦m 分享者：水利老兵　上传时间：3 天前　页数：1　★★★★☆ 4.6分⟧</div>
<div class="zy-notice">⟦d 本文档由用户上传，知页仅提供信息存储空间，不对内容负责。⟧</div>
<div class="zy-text">
{BODY}
</div>
<div class="zy-lock">⟦a 下载本文需消耗5积分，积分不足可签到领取⟧</div>
<div class="zy-btns">⟦a 下载文档　收藏　举报⟧</div></div>
<div class="zy-float">⟦w 知页客服微信 zhiye_kf01，工作日 9:00-18:00⟧</div>
<div class="zy-side"><h4>⟦l 相关请示⟧</h4><p>⟦l 关于申请防汛抢险专项资金的请示⟧</p><p>⟦l 关于增补防汛物资储备的请示⟧</p></div>
<div class="zy-foot">⟦m 知页文档 www.zhiyewd.example.com　粤ICP备20079331号⟧</div>
</body></html>
""",
        body="""
县人民政府：
入汛以来，我县降雨量较常年同期偏多三成，沿河堤防险工险段增至14处。经清点，县防汛物资仓库现存编织袋2.1万条，其中约三分之一已老化发脆，难以满足抢险需要。
为确保安全度汛，我局拟采购防汛编织袋5万条，每条承重不低于50公斤，所需资金约6万元，请县财政从防汛应急资金中列支。
妥否，请批示。
联系人：徐帆　电话：0739-6620158
桡溪县水利局
2024年5月28日
""",
    ),
    dict(
        slug="docshare-huayun-shears-rules-docx-markers-mix",
        site="花韵文档库 (invented)",
        style="文档分享",
        genre="制度",
        kind="rule",
        form="text",
        source="https://www.huayundoc.example.cn/d/20240917/330281.html",
        title="园林养护班组修枝剪等手工具领用保管制度",
        record_title="园林养护班组修枝剪等手工具领用保管制度.docx",
        date=None,
        notes="a sharing page's preview as text: page markers ⸿第n页⸿ cut sentences, glued or on their own line; file-name record title; "
        "第N条 articles, one speaking of scanning a cabinet's QR code; no date (upload stamp only)",
        page="""
!m 花韵文档库 | 园林绿化资料共享
!t 园林养护班组修枝剪等手工具领用保管制度.docx
!m 上传于 2024-09-17　大小 23KB　下载 61 次
!a 预览模式 · 共2页 · 登录后免费下载
{BODY}
!a 预览到此结束，下载后可编辑全文
!l 同类文档：绿化养护作业安全操作规程.docx　园林机械设备管理办法.doc
!d 本站文档均为网友分享，仅供交流学习，不得用于商业用途。
""",
        pages=dict(fmt="⸿第{n}页⸿", every=75, start=2, glue="mix", sep=" "),
        body="""
第一条　为规范手工具管理，防止丢失和伤人事故，制定本制度。
第二条　修枝剪、高枝剪、绿篱剪等手工具由班组工具员统一登记编号，实行一人一剪、专人专用。
第三条　领用时须在工具台账上签名，并扫描工具柜上的二维码登记领用时间。
第四条　使用前检查刃口、弹簧和锁扣，发现松动或缺损的，不得使用，交工具员送修。
第五条　作业结束后，应清除刃口上的树汁和泥土，涂防锈油后锁扣入柜。
第六条　因保管不善丢失工具的，按购置价的一半赔偿；故意损坏的，照价赔偿。
第七条　本制度由养护中心办公室负责解释，自印发之日起施行。
""",
    ),
    dict(
        slug="edu-shihu-notice-lift-use-attachment-link",
        site="炻湖教育网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.shihu.example.gov.cn/aqwd/202409/t20240903_2217.html",
        title="关于规范使用教学楼电梯的通知",
        record_title="【校园安全·电梯】关于规范使用教学楼电梯的通知 - 炻湖教育网",
        date="2024-09-02",
        date_also=["2024-09-03"],
        notes="an education bureau's page: 长者模式/读屏 links, an attachment download link beside the notice's own 附件 line, "
        "the notice's 联系人/电话 beside the site's technical-support line; the page's date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>【校园安全·电梯】关于规范使用教学楼电梯的通知 - 炻湖教育网</title></head><body>
<div class="edu-top">⟦m 炻湖区教育局　炻湖教育网⟧ <a>⟦a 长者模式⟧</a> <a>⟦a 读屏⟧</a></div>
<div class="edu-nav">⟦m 首页　教育要闻　通知公告　安全稳定　办事指南⟧</div>
<div class="edu-pos">⟦m 您在：首页 » 安全稳定 » 正文⟧</div>
<h2 class="title">{T}</h2>
<div class="meta">⟦m 发布：2024-09-03　来源：安全科　点击量：1782⟧</div>
<div class="txt">
{BODY}
</div>
<div class="fj"><a href="/u/2024/dtxz.pdf">⟦a 点击下载：教学楼电梯使用须知.pdf（96KB）⟧</a></div>
<div class="prev-next">⟦l 上一条：关于开展开学安全大检查的通知⟧<br>⟦l 下一条：炻湖区中小学食堂食材配送招标公告⟧</div>
<div class="edu-foot">⟦m 炻湖区教育局主办　技术支持：0715-3389066（工作日）⟧<br>⟦m 鄂ICP备05011947号-6⟧</div>
</body></html>
""",
        body="""
各中小学、幼儿园：
目前，全区已有17所学校的教学楼安装了电梯。开学以来，个别学校出现学生把电梯按钮全部按亮、用脚踢按钮、在轿厢内蹦跳等行为，既影响电梯正常运行，也存在安全隐患。现就规范使用电梯通知如下：
一、电梯主要供教职工、残疾学生和临时受伤学生使用，其他学生原则上走楼梯。
二、各校要在每台电梯的外呼按钮旁张贴使用须知，班主任要利用班会课讲清楚按钮的正确使用方法。
三、学校安全员每天放学后检查一次按钮和应急呼叫装置，发现损坏及时报修。
联系人：区教育局安全科　柯晓蕾，电话：0715-3389127。
附件：教学楼电梯使用须知
炻湖区教育局
2024年9月2日
""",
    ),
    dict(
        slug="edu-raoxi-notice-repair-ropes-cn-date",
        site="桡溪县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.rxedu.example.cn/tzgg/2024/0708/5542.html",
        title="关于加强暑期校舍维修工程高处作业安全管理的通知",
        record_title="关于加强暑期校舍维修工程高处作业安全管理的通知〔基建股〕_桡溪县教育信息网",
        date="2024-07-05",
        notes="a county education site as text: the 成文日期 in Chinese numerals under the signature; numbered list; "
        "a 文号 line (neutral); a glued font-size row after the salutation line's end",
        page="""
!m 桡溪县教育信息网
!m 网站首页 / 通知公告 / 基建后勤
{T}
桡教发〔2024〕23号
!m 录入：基建股　更新时间：2024-07-08 16:02　浏览：956
{BODY}
!a 〖打印〗〖返回列表〗
!l 相关通知：关于做好2024年暑期校园安全工作的通知
!m 桡溪县教育局版权所有　地址：桡溪县桡滩镇学府路8号
""",
        indent="\u3000\u3000",
        body="""
各中小学、县直各学校：⟦a 〔字号 大 中 小〕⟧
暑期是校舍维修集中施工期，外墙粉刷、屋面防水、门窗更换等高处作业较多。为防止发生高处坠落事故，现就有关事项通知如下：
一、各校要督促施工单位为高处作业人员配备合格的安全带和安全绳，安全绳要有产品合格证，超过使用期限的一律不得使用。
二、作业前，学校基建负责人要会同施工单位检查挂点是否牢固，不得把安全绳系在窗框、护栏等非承重构件上。
三、施工区域要设置围挡和警示标志，严禁学生和无关人员进入。
四、遇雷雨、大风天气，必须停止高处作业。
各校要在7月20日前将施工安全责任人名单报县教育局基建股。
桡溪县教育局
二〇二四年七月五日
""",
    ),
    dict(
        slug="oa-xianlian-minutes-crate-washer-flow",
        site="鲜链物流协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.xianlian.example.local/doc/view.do?id=2024-0627-031",
        title="周转箱清洗线改造专题会议纪要",
        record_title="〔纪要·生产〕周转箱清洗线改造专题会议纪要 - 鲜链协同办公",
        date="2024-06-26",
        notes="an OA document view: 流转记录, read count, a 标为已读 button; the 时间/地点/主持/参会/记录 lines stay in the body "
        "and the 时间 line gives the date; the export date is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔纪要·生产〕周转箱清洗线改造专题会议纪要 - 鲜链协同办公</title>
<script src="/oa/js/flow.js"></script></head><body>
<div class="oa-top">⟦m 鲜链物流 · 协同办公平台⟧　⟦m 当前用户：仓储部 郑一鸣⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办　已办　公文　会议　通讯录⟧</div>
<div class="oa-doc">
<div class="doc-hd"><h2>{T}</h2>
<p>⟦m 发起部门：运营管理部　密级：内部　已读 46 人 / 未读 9 人⟧</p></div>
<div class="doc-bd">
{BODY}
</div>
<div class="doc-op"><button>⟦a 标为已读⟧</button> <button>⟦a 导出成PDF⟧</button> <button>⟦a 转发同事⟧</button></div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 运营管理部 邵佳 拟稿 06-26 17:40 → 副总经理 龚启明 审核 06-27 09:12 → 已分发⟧</p></div>
</div>
<div class="oa-foot">⟦m 信息中心维护　内线 8090　本页导出于 2024-07-02 10:15⟧</div>
</body></html>
""",
        body="""
时间：2024年6月26日下午3点
地点：配送中心二楼会议室
主持：副总经理　龚启明
参会：运营管理部、仓储部、设备部、财务部负责人
记录：邵佳
会议听取了仓储部关于周转箱清洗线运行情况的汇报，研究了清洗线改造事项。纪要如下：
一、现有清洗线日处理能力约5000只，高峰期积压严重，部分周转箱未洗就重新装货。会议同意增加一套高压喷淋和烘干设备，改造后日处理能力提高到12000只。
二、设备部负责7月15日前完成设备选型和报价，财务部在年度设备预算中统筹安排资金。
三、改造期间，仓储部要调整排班，确保每只回收的周转箱都经过清洗才能出库。
""",
    ),
    dict(
        slug="oa-hengsu-bulletin-sack-stacks-record-title",
        site="恒塑包装内网 (invented intranet, text export)",
        style="企业内网",
        genre="通报",
        kind="bulletin",
        form="text",
        source="http://10.8.1.20/portal/notice/2024/112.html",
        title="关于成品库编织袋堆垛超高问题的通报",
        date="2024-10-21",
        notes="record title as is; an intranet notice exported as text: a reader/read-count line, an approval trail under the text, "
        "the IT desk's extension; 成文日期 under the signature",
        page="""
!m 恒塑包装 · 企业门户
!m 公司公告 > 安全环保
{T}
!m 发布人：安环部　阅读：214　状态：已审批
{BODY}
!m 审批流程：安环部 徐立新 起草 → 生产副总 曹建东 签发
!a 【已阅】【导出】【收藏到我的文件夹】
!m 门户使用问题请拨信息部内线 6021
""",
        body="""
各车间、仓储部：
10月18日，安环部在例行检查中发现，成品二号库编织袋堆垛最高达到4.2米，超过公司规定的3米限高；部分堆垛距离消防通道不足0.5米，叉车转弯时多次擦碰。
经调查，问题原因是近期订单集中，仓储部为腾出位置临时加高堆垛，且未报安环部审核。
公司决定：对仓储部予以通报批评，扣减当月安全考核分5分；责令10月25日前将所有堆垛降至3米以下，并清理出1.5米宽的消防通道。
各部门要引以为戒，举一反三，严格执行库房堆码规定。
恒塑包装有限公司安环部
2024年10月21日
""",
    ),
]
